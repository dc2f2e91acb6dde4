package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A tool choice given as a mode string ({@code auto}, {@code none}, {@code any} or {@code
 * required}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ToolChoiceMode(@JsonValue String value) implements ToolChoice {

  /** The {@code auto} value. */
  public static final ToolChoiceMode AUTO = new ToolChoiceMode("auto");

  /** The {@code none} value. */
  public static final ToolChoiceMode NONE = new ToolChoiceMode("none");

  /** The {@code any} value. */
  public static final ToolChoiceMode ANY = new ToolChoiceMode("any");

  /** The {@code required} value. */
  public static final ToolChoiceMode REQUIRED = new ToolChoiceMode("required");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API spells it, such as {@code auto}
   */
  public ToolChoiceMode {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code auto}
   * @return the value; one of the constants of this type equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ToolChoiceMode of(String value) {
    return new ToolChoiceMode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
