package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The format of extracted tables ({@code table_format}, a table's {@code format}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code markdown}
 */
public record TableFormat(@JsonValue String value) {

  /** The {@code markdown} value. */
  public static final TableFormat MARKDOWN = new TableFormat("markdown");

  /** The {@code html} value. */
  public static final TableFormat HTML = new TableFormat("html");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code markdown}
   */
  public TableFormat {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code markdown}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TableFormat of(String value) {
    return new TableFormat(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
