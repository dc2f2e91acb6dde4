package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.model.ResponseFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the OCR API ({@code POST /v1/ocr}); build one with {@link #builder()}.
 *
 * <p>Every field is optional on the wire except {@code model} and {@code document}: an unset (null)
 * field is left out of the JSON so the API applies its default. A request without a model is sent
 * with the client's default OCR model.
 */
@JsonDeserialize(as = OcrRequestValue.class)
public sealed interface OcrRequest permits OcrRequestValue {

  /**
   * The OCR model, e.g. {@code mistral-ocr-latest}; null for the client's default.
   *
   * @return the OCR model, e.g. {@code mistral-ocr-latest}; null for the client's default
   */
  @Nullable String model();

  /**
   * An id of the caller's choosing for the request.
   *
   * @return an id of the caller's choosing for the request
   */
  @Nullable String id();

  /**
   * The document to read.
   *
   * @return the document to read
   */
  @Nullable OcrDocument document();

  /**
   * The pages to process, counted from 0.
   *
   * @return the pages to process, counted from 0
   */
  @Nullable OcrPages pages();

  /**
   * Whether to return the extracted images as base64.
   *
   * @return whether to return the extracted images as base64
   */
  @Nullable Boolean includeImageBase64();

  /**
   * The most images to extract.
   *
   * @return the most images to extract
   */
  @Nullable Integer imageLimit();

  /**
   * The least height and width of an image to extract.
   *
   * @return the least height and width of an image to extract
   */
  @Nullable Integer imageMinSize();

  /**
   * The {@code json_schema} format to annotate each extracted image with.
   *
   * @return the {@code json_schema} format to annotate each extracted image with
   */
  @Nullable ResponseFormat bboxAnnotationFormat();

  /**
   * The {@code json_schema} format to annotate the whole document with.
   *
   * @return the {@code json_schema} format to annotate the whole document with
   */
  @Nullable ResponseFormat documentAnnotationFormat();

  /**
   * Guidance for the document annotation; needs its format.
   *
   * @return guidance for the document annotation; needs its format
   */
  @Nullable String documentAnnotationPrompt();

  /**
   * The format to extract tables in, separately from the markdown.
   *
   * @return the format to extract tables in, separately from the markdown
   */
  @Nullable TableFormat tableFormat();

  /**
   * Whether to return page headers separately.
   *
   * @return whether to return page headers separately
   */
  @Nullable Boolean extractHeader();

  /**
   * Whether to return page footers separately.
   *
   * @return whether to return page footers separately
   */
  @Nullable Boolean extractFooter();

  /**
   * Whether to return bounding boxes of every content block.
   *
   * @return whether to return bounding boxes of every content block
   */
  @Nullable Boolean includeBlocks();

  /**
   * Whether to return confidence scores per word or per page.
   *
   * @return whether to return confidence scores per word or per page
   */
  @Nullable ConfidenceScoresGranularity confidenceScoresGranularity();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** A copy of this request for another model. */
  OcrRequest withModel(String model);

  /** Creates a request with only the model (null for the client's default) and the document. */
  static OcrRequest of(String model, OcrDocument document) {
    return builder().model(model).document(document).build();
  }

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model();
    builder.id = id();
    builder.document = document();
    builder.pages = pages();
    builder.includeImageBase64 = includeImageBase64();
    builder.imageLimit = imageLimit();
    builder.imageMinSize = imageMinSize();
    builder.bboxAnnotationFormat = bboxAnnotationFormat();
    builder.documentAnnotationFormat = documentAnnotationFormat();
    builder.documentAnnotationPrompt = documentAnnotationPrompt();
    builder.tableFormat = tableFormat();
    builder.extractHeader = extractHeader();
    builder.extractFooter = extractFooter();
    builder.includeBlocks = includeBlocks();
    builder.confidenceScoresGranularity = confidenceScoresGranularity();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds an {@link OcrRequest}; not thread-safe. */
  final class Builder {

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

    Builder() {}

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
     * @throws IllegalStateException when the document is missing
     */
    public OcrRequest build() {
      if (document == null) {
        throw new IllegalStateException(
            "OcrRequest.document is required: set it with builder().documentUrl(\"https://...\")");
      }
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
}
