package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;

/**
 * A table extracted from a page.
 *
 * @param id the table's id, which the page's markdown refers to
 * @param content the table in its format
 * @param format the table's format
 * @param wordConfidenceScores the per-word confidence scores; empty unless asked for
 */
public record OcrTableObject(
    String id,
    String content,
    TableFormat format,
    @JsonProperty("word_confidence_scores") List<OcrConfidenceScore> wordConfidenceScores) {

  /**
   * Absent per-word scores read as none.
   *
   * @param id the table's id, which the page's markdown refers to
   * @param content the table in its format
   * @param format the table's format
   * @param wordConfidenceScores the per-word confidence scores; empty unless asked for
   */
  public OcrTableObject {
    wordConfidenceScores = ReadOnly.withoutNulls(wordConfidenceScores);
  }
}
