package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.ResponseFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to the OCR API ({@code POST /v1/ocr}); build one with {@link #builder()}.
 *
 * <p>Every field is optional on the wire except {@code model} and {@code document}: an unset (null)
 * field is left out of the JSON so the API applies its default. A request without a model is sent
 * with the client's default OCR model.
 *
 * @param model the OCR model, e.g. {@code mistral-ocr-latest}; null for the client's default
 * @param id an id of the caller's choosing for the request
 * @param document the document to read
 * @param pages the pages to process, counted from 0
 * @param includeImageBase64 whether to return the extracted images as base64
 * @param imageLimit the most images to extract
 * @param imageMinSize the least height and width of an image to extract
 * @param bboxAnnotationFormat the {@code json_schema} format to annotate each extracted image with
 * @param documentAnnotationFormat the {@code json_schema} format to annotate the whole document
 *     with
 * @param documentAnnotationPrompt guidance for the document annotation; needs its format
 * @param tableFormat the format to extract tables in, separately from the markdown
 * @param extractHeader whether to return page headers separately
 * @param extractFooter whether to return page footers separately
 * @param includeBlocks whether to return bounding boxes of every content block
 * @param confidenceScoresGranularity whether to return confidence scores per word or per page
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record OcrRequest(
    String model,
    String id,
    OcrDocument document,
    OcrPages pages,
    @JsonProperty("include_image_base64") Boolean includeImageBase64,
    @JsonProperty("image_limit") Integer imageLimit,
    @JsonProperty("image_min_size") Integer imageMinSize,
    @JsonProperty("bbox_annotation_format") ResponseFormat bboxAnnotationFormat,
    @JsonProperty("document_annotation_format") ResponseFormat documentAnnotationFormat,
    @JsonProperty("document_annotation_prompt") String documentAnnotationPrompt,
    @JsonProperty("table_format") TableFormat tableFormat,
    @JsonProperty("extract_header") Boolean extractHeader,
    @JsonProperty("extract_footer") Boolean extractFooter,
    @JsonProperty("include_blocks") Boolean includeBlocks,
    @JsonProperty("confidence_scores_granularity")
        ConfidenceScoresGranularity confidenceScoresGranularity,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public OcrRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** A copy of this request for another model. */
  public OcrRequest withModel(String model) {
    return new OcrRequest(
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

  /** Creates a request with only the model (null for the client's default) and the document. */
  public static OcrRequest of(String model, OcrDocument document) {
    return builder().model(model).document(document).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OcrRequest}; not thread-safe. */
  public static final class Builder {

    private String model;
    private String id;
    private OcrDocument document;
    private OcrPages pages;
    private Boolean includeImageBase64;
    private Integer imageLimit;
    private Integer imageMinSize;
    private ResponseFormat bboxAnnotationFormat;
    private ResponseFormat documentAnnotationFormat;
    private String documentAnnotationPrompt;
    private TableFormat tableFormat;
    private Boolean extractHeader;
    private Boolean extractFooter;
    private Boolean includeBlocks;
    private ConfidenceScoresGranularity confidenceScoresGranularity;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the OCR model, e.g. {@code mistral-ocr-latest}; without one, the client's default OCR
     * model is used.
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets an id of the caller's choosing for the request. */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /** Sets the document to read; required. */
    public Builder document(OcrDocument document) {
      this.document = document;
      return this;
    }

    /** Sets the document as a document URL or data URL. */
    public Builder documentUrl(String url) {
      return document(url == null ? null : OcrDocument.documentUrl(url));
    }

    /** Sets the document as an image URL or data URL. */
    public Builder imageUrl(String url) {
      return document(url == null ? null : OcrDocument.imageUrl(url));
    }

    /** Sets the document as a file uploaded to the Files API. */
    public Builder fileId(String fileId) {
      return document(fileId == null ? null : OcrDocument.file(fileId));
    }

    /** Sets the pages to process. */
    public Builder pages(OcrPages pages) {
      this.pages = pages;
      return this;
    }

    /** Sets the pages to process by number, counted from 0. */
    public Builder pages(List<Integer> pages) {
      return pages(pages == null ? null : OcrPages.of(pages));
    }

    /** Sets whether to return the extracted images as base64. */
    public Builder includeImageBase64(Boolean includeImageBase64) {
      this.includeImageBase64 = includeImageBase64;
      return this;
    }

    /** Sets the most images to extract. */
    public Builder imageLimit(Integer imageLimit) {
      this.imageLimit = imageLimit;
      return this;
    }

    /** Sets the least height and width of an image to extract. */
    public Builder imageMinSize(Integer imageMinSize) {
      this.imageMinSize = imageMinSize;
      return this;
    }

    /** Sets the {@code json_schema} format to annotate each extracted image with. */
    public Builder bboxAnnotationFormat(ResponseFormat bboxAnnotationFormat) {
      this.bboxAnnotationFormat = bboxAnnotationFormat;
      return this;
    }

    /** Sets the {@code json_schema} format to annotate the whole document with. */
    public Builder documentAnnotationFormat(ResponseFormat documentAnnotationFormat) {
      this.documentAnnotationFormat = documentAnnotationFormat;
      return this;
    }

    /** Sets guidance for the document annotation. */
    public Builder documentAnnotationPrompt(String documentAnnotationPrompt) {
      this.documentAnnotationPrompt = documentAnnotationPrompt;
      return this;
    }

    /** Sets the format to extract tables in. */
    public Builder tableFormat(TableFormat tableFormat) {
      this.tableFormat = tableFormat;
      return this;
    }

    /** Sets whether to return page headers separately. */
    public Builder extractHeader(Boolean extractHeader) {
      this.extractHeader = extractHeader;
      return this;
    }

    /** Sets whether to return page footers separately. */
    public Builder extractFooter(Boolean extractFooter) {
      this.extractFooter = extractFooter;
      return this;
    }

    /** Sets whether to return bounding boxes of every content block. */
    public Builder includeBlocks(Boolean includeBlocks) {
      this.includeBlocks = includeBlocks;
      return this;
    }

    /** Sets whether to return confidence scores per word or per page. */
    public Builder confidenceScoresGranularity(
        ConfidenceScoresGranularity confidenceScoresGranularity) {
      this.confidenceScoresGranularity = confidenceScoresGranularity;
      return this;
    }

    /** Adds a body property this client does not model; a null value is sent as JSON null. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the document is missing
     */
    public OcrRequest build() {
      if (document == null) {
        throw new IllegalArgumentException(
            "OcrRequest.document is required: set it with builder().documentUrl(\"https://...\")");
      }
      return new OcrRequest(
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
}
