package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The loss function of a classifier target: one label per input, or several.
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * <p>The specification names it {@code FTClassifierLossFunction}.
 *
 * @param value the value as the API writes it, such as {@code single_class}
 */
public record ClassifierLossFunction(@JsonValue String value) {

  /** The {@code single_class} value. */
  public static final ClassifierLossFunction SINGLE_CLASS =
      new ClassifierLossFunction("single_class");

  /** The {@code multi_class} value. */
  public static final ClassifierLossFunction MULTI_CLASS =
      new ClassifierLossFunction("multi_class");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code single_class}
   */
  public ClassifierLossFunction {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code single_class}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ClassifierLossFunction of(String value) {
    return new ClassifierLossFunction(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
