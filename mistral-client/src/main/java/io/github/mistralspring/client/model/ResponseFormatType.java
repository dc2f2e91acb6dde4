package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The output format a request asks for ({@code response_format.type}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ResponseFormatType(@JsonValue String value) {

  /** The {@code text} value. */
  public static final ResponseFormatType TEXT = new ResponseFormatType("text");

  /** The {@code json_object} value. */
  public static final ResponseFormatType JSON_OBJECT = new ResponseFormatType("json_object");

  /** The {@code json_schema} value. */
  public static final ResponseFormatType JSON_SCHEMA = new ResponseFormatType("json_schema");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code json_schema}
   */
  public ResponseFormatType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code json_schema}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ResponseFormatType of(String value) {
    return new ResponseFormatType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
