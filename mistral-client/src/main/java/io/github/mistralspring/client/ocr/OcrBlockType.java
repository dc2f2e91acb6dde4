package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The kind of a content block of an OCR page.
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code text}
 */
public record OcrBlockType(@JsonValue String value) {

  /** The {@code text} value. */
  public static final OcrBlockType TEXT = new OcrBlockType("text");

  /** The {@code list} value. */
  public static final OcrBlockType LIST = new OcrBlockType("list");

  /** The {@code image} value. */
  public static final OcrBlockType IMAGE = new OcrBlockType("image");

  /** The {@code table} value. */
  public static final OcrBlockType TABLE = new OcrBlockType("table");

  /** The {@code title} value. */
  public static final OcrBlockType TITLE = new OcrBlockType("title");

  /** The {@code equation} value. */
  public static final OcrBlockType EQUATION = new OcrBlockType("equation");

  /** The {@code caption} value. */
  public static final OcrBlockType CAPTION = new OcrBlockType("caption");

  /** The {@code code} value. */
  public static final OcrBlockType CODE = new OcrBlockType("code");

  /** The {@code references} value. */
  public static final OcrBlockType REFERENCES = new OcrBlockType("references");

  /** The {@code aside_text} value. */
  public static final OcrBlockType ASIDE_TEXT = new OcrBlockType("aside_text");

  /** The {@code header} value. */
  public static final OcrBlockType HEADER = new OcrBlockType("header");

  /** The {@code footer} value. */
  public static final OcrBlockType FOOTER = new OcrBlockType("footer");

  /** The {@code signature} value. */
  public static final OcrBlockType SIGNATURE = new OcrBlockType("signature");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code text}
   */
  public OcrBlockType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code text}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static OcrBlockType of(String value) {
    return new OcrBlockType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
