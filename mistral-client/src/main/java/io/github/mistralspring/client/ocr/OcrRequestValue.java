package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.ResponseFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link OcrRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record OcrRequestValue(
    @Nullable String model,
    @Nullable String id,
    @Nullable OcrDocument document,
    @Nullable OcrPages pages,
    @JsonProperty("include_image_base64") @Nullable Boolean includeImageBase64,
    @JsonProperty("image_limit") @Nullable Integer imageLimit,
    @JsonProperty("image_min_size") @Nullable Integer imageMinSize,
    @JsonProperty("bbox_annotation_format") @Nullable ResponseFormat bboxAnnotationFormat,
    @JsonProperty("document_annotation_format") @Nullable ResponseFormat documentAnnotationFormat,
    @JsonProperty("document_annotation_prompt") @Nullable String documentAnnotationPrompt,
    @JsonProperty("table_format") @Nullable TableFormat tableFormat,
    @JsonProperty("extract_header") @Nullable Boolean extractHeader,
    @JsonProperty("extract_footer") @Nullable Boolean extractFooter,
    @JsonProperty("include_blocks") @Nullable Boolean includeBlocks,
    @JsonProperty("confidence_scores_granularity")
        @Nullable ConfidenceScoresGranularity confidenceScoresGranularity,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements OcrRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  OcrRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public OcrRequest withModel(@Nullable String model) {
    return new OcrRequestValue(
        model,
        id,
        document,
        pages,
        includeImageBase64,
        imageLimit,
        imageMinSize,
        bboxAnnotationFormat,
        documentAnnotationFormat,
        documentAnnotationPrompt,
        tableFormat,
        extractHeader,
        extractFooter,
        includeBlocks,
        confidenceScoresGranularity,
        extraBody);
  }
}
