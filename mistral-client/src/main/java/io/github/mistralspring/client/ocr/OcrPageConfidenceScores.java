package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;

/**
 * How confident the OCR is of a page.
 *
 * @param wordConfidenceScores the per-word scores, for the {@code word} granularity; empty
 *     otherwise
 * @param averagePageConfidenceScore the average score of the page
 * @param minimumPageConfidenceScore the lowest score of the page
 */
public record OcrPageConfidenceScores(
    @JsonProperty("word_confidence_scores") List<OcrConfidenceScore> wordConfidenceScores,
    @JsonProperty("average_page_confidence_score") Double averagePageConfidenceScore,
    @JsonProperty("minimum_page_confidence_score") Double minimumPageConfidenceScore) {

  /**
   * Absent per-word scores read as none.
   *
   * @param wordConfidenceScores the per-word scores, for the {@code word} granularity; empty
   *     otherwise
   * @param averagePageConfidenceScore the average score of the page
   * @param minimumPageConfidenceScore the lowest score of the page
   */
  public OcrPageConfidenceScores {
    wordConfidenceScores = ReadOnly.withoutNulls(wordConfidenceScores);
  }
}
