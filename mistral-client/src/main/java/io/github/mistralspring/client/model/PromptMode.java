package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The system prompt mode a request asks for ({@code prompt_mode}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record PromptMode(@JsonValue String value) {

  /** The {@code reasoning} value. */
  public static final PromptMode REASONING = new PromptMode("reasoning");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code reasoning}
   */
  public PromptMode {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code reasoning}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static PromptMode of(String value) {
    return new PromptMode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
