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

  /**
   * Returns a copy of this request for another model; every other field is kept.
   *
   * @param model the OCR model's name, such as {@code mistral-ocr-latest}; null for the client's
   *     default OCR model
   * @return the copy; this request is left as it is
   */
  OcrRequest withModel(@Nullable String model);

  /**
   * Returns a request with only the model and the document; every option is left to the API.
   *
   * @param model the OCR model's name, such as {@code mistral-ocr-latest}; null for the client's
   *     default OCR model
   * @param document the document to read, such as {@code OcrDocument.documentUrl(url)}
   * @return the request
   * @throws IllegalStateException when the document is null
   */
  static OcrRequest of(@Nullable String model, OcrDocument document) {
    return builder().model(model).document(document).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no document and every option unset
   */
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

    private @Nullable String model;
    private @Nullable String id;
    private @Nullable OcrDocument document;
    private @Nullable OcrPages pages;
    private @Nullable Boolean includeImageBase64;
    private @Nullable Integer imageLimit;
    private @Nullable Integer imageMinSize;
    private @Nullable ResponseFormat bboxAnnotationFormat;
    private @Nullable ResponseFormat documentAnnotationFormat;
    private @Nullable String documentAnnotationPrompt;
    private @Nullable TableFormat tableFormat;
    private @Nullable Boolean extractHeader;
    private @Nullable Boolean extractFooter;
    private @Nullable Boolean includeBlocks;
    private @Nullable ConfidenceScoresGranularity confidenceScoresGranularity;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets the OCR model.
     *
     * @param model the model's name, such as {@code mistral-ocr-latest}; null clears it, so the
     *     client's default OCR model is used
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets an id of the caller's choosing for the request.
     *
     * @param id the id; null clears it
     * @return this builder
     */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the document to read; required. {@link #documentUrl(String)}, {@link #imageUrl(String)}
     * and {@link #fileId(String)} set it too; the last one called wins.
     *
     * @param document the document, such as {@code OcrDocument.documentUrl(url)}; null clears it
     * @return this builder
     */
    public Builder document(@Nullable OcrDocument document) {
      this.document = document;
      return this;
    }

    /**
     * Sets the document to read as a document (a PDF, a PPTX, a DOCX) the API fetches itself.
     *
     * @param url the document's URL, reachable from the API, or a {@code data:} URL holding it;
     *     null clears the document
     * @return this builder
     */
    public Builder documentUrl(@Nullable String url) {
      return document(url == null ? null : OcrDocument.documentUrl(url));
    }

    /**
     * Sets the document to read as an image the API fetches itself.
     *
     * @param url the image's URL, reachable from the API, or a {@code data:image/...;base64,} URL
     *     holding it; null clears the document
     * @return this builder
     */
    public Builder imageUrl(@Nullable String url) {
      return document(url == null ? null : OcrDocument.imageUrl(url));
    }

    /**
     * Sets the document to read as a file uploaded to the Files API (purpose {@code ocr}).
     *
     * @param fileId the uploaded file's id ({@code StoredFile.id()}); null clears the document
     * @return this builder
     */
    public Builder fileId(@Nullable String fileId) {
      return document(fileId == null ? null : OcrDocument.file(fileId));
    }

    /**
     * Sets the pages to process.
     *
     * @param pages the pages, as numbers ({@code OcrPages.of(0, 2)}) or ranges ({@code
     *     OcrPages.ranges("0,2-4")}), counted from 0; null clears them, so every page is processed
     * @return this builder
     */
    public Builder pages(@Nullable OcrPages pages) {
      this.pages = pages;
      return this;
    }

    /**
     * Sets the pages to process by number.
     *
     * @param pages the page numbers, counted from 0; null clears them, so every page is processed
     * @return this builder
     */
    public Builder pages(@Nullable List<Integer> pages) {
      return pages(pages == null ? null : OcrPages.of(pages));
    }

    /**
     * Sets whether the response carries the extracted images' content, base64-encoded.
     *
     * @param includeImageBase64 true to include it; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder includeImageBase64(@Nullable Boolean includeImageBase64) {
      this.includeImageBase64 = includeImageBase64;
      return this;
    }

    /**
     * Sets the most images to extract from the document.
     *
     * @param imageLimit the number of images; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder imageLimit(@Nullable Integer imageLimit) {
      this.imageLimit = imageLimit;
      return this;
    }

    /**
     * Sets the size below which an image is not extracted.
     *
     * @param imageMinSize the least height and width, in pixels, of an image to extract; null
     *     clears it, so the API's default applies
     * @return this builder
     */
    public Builder imageMinSize(@Nullable Integer imageMinSize) {
      this.imageMinSize = imageMinSize;
      return this;
    }

    /**
     * Sets the structure to extract from each image and bounding box; the response's images then
     * carry it as their annotation.
     *
     * @param bboxAnnotationFormat a {@code json_schema} format (the only kind the API accepts
     *     here), such as {@code ResponseFormat.jsonSchema(..)}; null clears it, so images are not
     *     annotated
     * @return this builder
     */
    public Builder bboxAnnotationFormat(@Nullable ResponseFormat bboxAnnotationFormat) {
      this.bboxAnnotationFormat = bboxAnnotationFormat;
      return this;
    }

    /**
     * Sets the structure to extract from the whole document; the response's {@code
     * documentAnnotation()} then carries it as JSON text.
     *
     * @param documentAnnotationFormat a {@code json_schema} format (the only kind the API accepts
     *     here); null clears it, so the document is not annotated
     * @return this builder
     */
    public Builder documentAnnotationFormat(@Nullable ResponseFormat documentAnnotationFormat) {
      this.documentAnnotationFormat = documentAnnotationFormat;
      return this;
    }

    /**
     * Sets guidance for the model that fills the document annotation. It needs a {@link
     * #documentAnnotationFormat(ResponseFormat)}: {@link #build()} fails without one.
     *
     * @param documentAnnotationPrompt the guidance, in plain words; null clears it
     * @return this builder
     */
    public Builder documentAnnotationPrompt(@Nullable String documentAnnotationPrompt) {
      this.documentAnnotationPrompt = documentAnnotationPrompt;
      return this;
    }

    /**
     * Sets the format to extract tables in, apart from the page's markdown; the response's pages
     * then list them in {@code tables()}.
     *
     * @param tableFormat {@link TableFormat#MARKDOWN} or {@link TableFormat#HTML}; null clears it,
     *     so the API's default applies
     * @return this builder
     */
    public Builder tableFormat(@Nullable TableFormat tableFormat) {
      this.tableFormat = tableFormat;
      return this;
    }

    /**
     * Sets whether page headers are returned apart from the page's markdown.
     *
     * @param extractHeader true to return them apart; null clears it, so the API's default (false)
     *     applies
     * @return this builder
     */
    public Builder extractHeader(@Nullable Boolean extractHeader) {
      this.extractHeader = extractHeader;
      return this;
    }

    /**
     * Sets whether page footers are returned apart from the page's markdown.
     *
     * @param extractFooter true to return them apart; null clears it, so the API's default (false)
     *     applies
     * @return this builder
     */
    public Builder extractFooter(@Nullable Boolean extractFooter) {
      this.extractFooter = extractFooter;
      return this;
    }

    /**
     * Sets whether each page lists its content blocks (paragraphs, tables, signatures) with their
     * bounding boxes.
     *
     * @param includeBlocks true to list them; null clears it, so the API's default (false) applies
     * @return this builder
     */
    public Builder includeBlocks(@Nullable Boolean includeBlocks) {
      this.includeBlocks = includeBlocks;
      return this;
    }

    /**
     * Sets how finely the response reports confidence scores.
     *
     * @param confidenceScoresGranularity {@link ConfidenceScoresGranularity#WORD} (a score per word
     *     and per page) or {@link ConfidenceScoresGranularity#PAGE} (per page only); null clears
     *     it, so no scores are returned
     * @return this builder
     */
    public Builder confidenceScoresGranularity(
        @Nullable ConfidenceScoresGranularity confidenceScoresGranularity) {
      this.confidenceScoresGranularity = confidenceScoresGranularity;
      return this;
    }

    /**
     * Adds a body property this client does not model yet, written as a top-level field.
     *
     * @param name the property's name as the API spells it, such as {@code table_format}
     * @param value the property's value, written as JSON; null is written as JSON null
     * @return this builder
     * @throws NullPointerException when the name is null
     */
    public Builder extraBody(String name, @Nullable Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the document is missing, or a document annotation prompt
     *     is set without a document annotation format
     */
    public OcrRequest build() {
      if (document == null) {
        throw new IllegalStateException(
            "OcrRequest.document is required: set it with builder().documentUrl(\"https://...\")");
      }
      if (documentAnnotationPrompt != null && documentAnnotationFormat == null) {
        throw new IllegalStateException(
            "OcrRequest.documentAnnotationPrompt needs a document annotation format: set it with"
                + " documentAnnotationFormat(ResponseFormat.jsonSchema(..))");
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
