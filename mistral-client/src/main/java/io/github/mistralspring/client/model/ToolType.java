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

  /** Checks that the value is present. */
  public ToolType {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the value for the given string, known or not. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ToolType of(String value) {
    return new ToolType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
