package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Why the model stopped generating a choice ({@code finish_reason}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record FinishReason(@JsonValue String value) {

  /** The {@code stop} value. */
  public static final FinishReason STOP = new FinishReason("stop");

  /** The {@code length} value. */
  public static final FinishReason LENGTH = new FinishReason("length");

  /** The {@code model_length} value. */
  public static final FinishReason MODEL_LENGTH = new FinishReason("model_length");

  /** The {@code error} value. */
  public static final FinishReason ERROR = new FinishReason("error");

  /** The {@code tool_calls} value. */
  public static final FinishReason TOOL_CALLS = new FinishReason("tool_calls");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code stop}
   */
  public FinishReason {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code stop}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FinishReason of(String value) {
    return new FinishReason(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
