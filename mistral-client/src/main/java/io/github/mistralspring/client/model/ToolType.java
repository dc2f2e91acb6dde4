package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The kind of a tool, tool call or tool choice ({@code type}, today only {@code function}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ToolType(@JsonValue String value) {

  /** The {@code function} value. */
  public static final ToolType FUNCTION = new ToolType("function");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code function}
   */
  public ToolType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code function}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ToolType of(String value) {
    return new ToolType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
