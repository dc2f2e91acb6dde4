package io.github.mistralspring.client.embeddings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * How the response encodes each embedding ({@code encoding_format}): a JSON array of numbers or a
 * base64 string.
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code float}
 */
public record EncodingFormat(@JsonValue String value) {

  /** A JSON array of numbers, the default. */
  public static final EncodingFormat FLOAT = new EncodingFormat("float");

  /** A base64 string of the values as little-endian 32-bit floats. */
  public static final EncodingFormat BASE64 = new EncodingFormat("base64");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code float}
   */
  public EncodingFormat {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code float}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EncodingFormat of(String value) {
    return new EncodingFormat(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
