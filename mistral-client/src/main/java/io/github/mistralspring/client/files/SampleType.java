package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The kind of samples a file holds ({@code sample_type}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code pretrain}
 */
public record SampleType(@JsonValue String value) {

  /** Pre-training text. */
  public static final SampleType PRETRAIN = new SampleType("pretrain");

  /** Instruction (chat) samples. */
  public static final SampleType INSTRUCT = new SampleType("instruct");

  /** Batch job requests. */
  public static final SampleType BATCH_REQUEST = new SampleType("batch_request");

  /** Batch job results. */
  public static final SampleType BATCH_RESULT = new SampleType("batch_result");

  /** Batch job errors. */
  public static final SampleType BATCH_ERROR = new SampleType("batch_error");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code pretrain}
   */
  public SampleType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code pretrain}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SampleType of(String value) {
    return new SampleType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
