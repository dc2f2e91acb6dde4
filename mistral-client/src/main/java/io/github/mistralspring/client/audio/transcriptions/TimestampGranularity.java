package io.github.mistralspring.client.audio.transcriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * How finely a transcription is timestamped (spec {@code TimestampGranularity}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is sent unchanged.
 *
 * @param value the value as the API writes it
 */
public record TimestampGranularity(@JsonValue String value) {

  /** Timestamps per segment: the response's {@code segments} carry their start and end. */
  public static final TimestampGranularity SEGMENT = new TimestampGranularity("segment");

  /** Timestamps per word. */
  public static final TimestampGranularity WORD = new TimestampGranularity("word");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code segment}
   */
  public TimestampGranularity {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code segment}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static TimestampGranularity of(String value) {
    return new TimestampGranularity(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
