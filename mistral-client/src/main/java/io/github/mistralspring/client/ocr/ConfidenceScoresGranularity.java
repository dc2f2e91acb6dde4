package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * How finely the API reports OCR confidence scores ({@code confidence_scores_granularity}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code word}
 */
public record ConfidenceScoresGranularity(@JsonValue String value) {

  /** The {@code word} value. */
  public static final ConfidenceScoresGranularity WORD = new ConfidenceScoresGranularity("word");

  /** The {@code page} value. */
  public static final ConfidenceScoresGranularity PAGE = new ConfidenceScoresGranularity("page");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code word}
   */
  public ConfidenceScoresGranularity {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code word}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ConfidenceScoresGranularity of(String value) {
    return new ConfidenceScoresGranularity(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
