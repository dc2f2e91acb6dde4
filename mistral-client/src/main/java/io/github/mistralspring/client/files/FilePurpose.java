package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What an uploaded file is for ({@code purpose}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code fine-tune}
 */
public record FilePurpose(@JsonValue String value) {

  /** Training or validation data for fine-tuning. */
  public static final FilePurpose FINE_TUNE = new FilePurpose("fine-tune");

  /** Input of a batch job. */
  public static final FilePurpose BATCH = new FilePurpose("batch");

  /** A document to run OCR on. */
  public static final FilePurpose OCR = new FilePurpose("ocr");

  /** Audio to transcribe. */
  public static final FilePurpose AUDIO = new FilePurpose("audio");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code fine-tune}
   */
  public FilePurpose {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code fine-tune}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FilePurpose of(String value) {
    return new FilePurpose(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
