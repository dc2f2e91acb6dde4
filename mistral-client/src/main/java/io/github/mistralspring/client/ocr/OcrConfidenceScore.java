package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How confident the OCR is of one word or text segment.
 *
 * @param text the word or segment
 * @param confidence the confidence, from 0 to 1
 * @param startIndex where the text starts in the page's markdown
 */
public record OcrConfidenceScore(
    String text, Double confidence, @JsonProperty("start_index") Integer startIndex) {}
