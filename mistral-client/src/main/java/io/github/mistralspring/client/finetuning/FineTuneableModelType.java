package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The kind of model a fine-tuning job trains ({@code job_type}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code completion}
 */
public record FineTuneableModelType(@JsonValue String value) {

  /** A completion (chat) model. */
  public static final FineTuneableModelType COMPLETION = new FineTuneableModelType("completion");

  /** A classifier. */
  public static final FineTuneableModelType CLASSIFIER = new FineTuneableModelType("classifier");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code completion}
   */
  public FineTuneableModelType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code completion}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FineTuneableModelType of(String value) {
    return new FineTuneableModelType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
