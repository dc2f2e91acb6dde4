package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * How much a reasoning-capable model should think ({@code reasoning_effort}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ReasoningEffort(@JsonValue String value) {

  /** The {@code high} value. */
  public static final ReasoningEffort HIGH = new ReasoningEffort("high");

  /** The {@code none} value. */
  public static final ReasoningEffort NONE = new ReasoningEffort("none");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code high}
   */
  public ReasoningEffort {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code high}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ReasoningEffort of(String value) {
    return new ReasoningEffort(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
