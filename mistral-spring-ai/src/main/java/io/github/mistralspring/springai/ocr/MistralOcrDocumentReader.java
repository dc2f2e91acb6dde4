package io.github.mistralspring.springai.ocr;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ocr.OcrDocument;
import io.github.mistralspring.client.ocr.OcrImageObject;
import io.github.mistralspring.client.ocr.OcrPageDimensions;
import io.github.mistralspring.client.ocr.OcrPageObject;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import io.github.mistralspring.client.ocr.OcrTableObject;
import io.github.mistralspring.client.ocr.TableFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.ai.document.Document;
import org.springframework.ai.document.DocumentReader;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * A Spring AI {@link DocumentReader} over Mistral's OCR: one {@link Document} per page, its text
 * the page's markdown, its metadata (keys in {@link MistralOcrMetadata}) the page index, header and
 * footer, images, tables, hyperlinks and size.
 *
 * <pre>{@code
 * List<Document> pages = MistralOcrDocumentReader.builder()
 *     .mistralClient(mistral)
 *     .documentUrl("https://example.com/report.pdf")
 *     .extractHeader(true)
 *     .extractFooter(true)
 *     .tableFormat("markdown")
 *     .build()
 *     .get();
 * }</pre>
 *
 * <p>Each {@link #get()} reads the document again (one OCR call).
 */
public final class MistralOcrDocumentReader implements DocumentReader {

  /** The OCR model when none is set. */
  public static final String DEFAULT_MODEL = "mistral-ocr-latest";

  private final MistralClient client;
  private final OcrRequest request;
  private final String source;

  private MistralOcrDocumentReader(MistralClient client, OcrRequest request, String source) {
    this.client = client;
    this.request = request;
    this.source = source;
  }

  /** {@return a builder; the client and one document source are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads the document: one document per page, in page order. */
  @Override
  public List<Document> get() {
    OcrResponse response = client.ocr().process(request);
    List<Document> documents = new ArrayList<>(response.pages().size());
    for (OcrPageObject page : response.pages()) {
      documents.add(document(page, response));
    }
    return documents;
  }

  private Document document(OcrPageObject page, OcrResponse response) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put(MistralOcrMetadata.SOURCE, source);
    putIfPresent(metadata, MistralOcrMetadata.PAGE_INDEX, page.index());
    metadata.put(MistralOcrMetadata.PAGE_COUNT, response.pages().size());
    putIfPresent(metadata, MistralOcrMetadata.MODEL, response.model());
    putIfPresent(metadata, MistralOcrMetadata.HEADER, page.header());
    putIfPresent(metadata, MistralOcrMetadata.FOOTER, page.footer());
    if (!page.images().isEmpty()) {
      metadata.put(MistralOcrMetadata.IMAGES, page.images().stream().map(this::image).toList());
    }
    if (!page.tables().isEmpty()) {
      metadata.put(MistralOcrMetadata.TABLES, page.tables().stream().map(this::table).toList());
    }
    if (!page.hyperlinks().isEmpty()) {
      metadata.put(MistralOcrMetadata.HYPERLINKS, page.hyperlinks());
    }
    OcrPageDimensions dimensions = page.dimensions();
    if (dimensions != null) {
      putIfPresent(metadata, MistralOcrMetadata.PAGE_WIDTH, dimensions.width());
      putIfPresent(metadata, MistralOcrMetadata.PAGE_HEIGHT, dimensions.height());
      putIfPresent(metadata, MistralOcrMetadata.PAGE_DPI, dimensions.dpi());
    }
    putIfPresent(metadata, MistralOcrMetadata.DOCUMENT_ANNOTATION, response.documentAnnotation());
    return Document.builder()
        .text(page.markdown() == null ? "" : page.markdown())
        .metadata(metadata)
        .build();
  }

  private Map<String, Object> image(OcrImageObject image) {
    Map<String, Object> map = new LinkedHashMap<>();
    putIfPresent(map, "id", image.id());
    putIfPresent(map, "top_left_x", image.topLeftX());
    putIfPresent(map, "top_left_y", image.topLeftY());
    putIfPresent(map, "bottom_right_x", image.bottomRightX());
    putIfPresent(map, "bottom_right_y", image.bottomRightY());
    putIfPresent(map, "image_base64", image.imageBase64());
    putIfPresent(map, "image_annotation", image.imageAnnotation());
    return map;
  }

  private Map<String, Object> table(OcrTableObject table) {
    Map<String, Object> map = new LinkedHashMap<>();
    putIfPresent(map, "id", table.id());
    putIfPresent(map, "format", table.format() == null ? null : table.format().value());
    putIfPresent(map, "content", table.content());
    return map;
  }

  // Spring AI documents refuse null metadata values: a value the API left out is left out here.
  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  @Override
  public String toString() {
    return "MistralOcrDocumentReader[" + source + ", model=" + request.model() + "]";
  }

  /** Builds a {@link MistralOcrDocumentReader}. */
  public static final class Builder {

    private MistralClient mistralClient;
    private OcrDocument document;
    private String source;
    private String model = DEFAULT_MODEL;
    private List<Integer> pages;
    private Boolean includeImageBase64;
    private String tableFormat;
    private Boolean extractHeader;
    private Boolean extractFooter;

    private Builder() {}

    /**
     * Sets the client that sends the OCR request; required.
     *
     * @param mistralClient the client, such as the auto-configured {@code MistralClient} bean
     * @return this builder
     */
    public Builder mistralClient(MistralClient mistralClient) {
      this.mistralClient = mistralClient;
      return this;
    }

    /**
     * Reads the document (PDF, Word, PowerPoint...) at this URL or {@code data:} URL.
     *
     * @param url an https URL the API can fetch, or a {@code data:} URL holding the document
     * @return this builder
     * @throws IllegalStateException if a document was already set: a reader reads one document
     */
    public Builder documentUrl(String url) {
      Objects.requireNonNull(url, "url");
      return source(OcrDocument.documentUrl(url), shortened(url));
    }

    /**
     * Reads the image at this URL or {@code data:} URL.
     *
     * @param url an https URL the API can fetch, or a {@code data:} URL holding the image
     * @return this builder
     * @throws IllegalStateException if a document was already set: a reader reads one document
     */
    public Builder imageUrl(String url) {
      Objects.requireNonNull(url, "url");
      return source(OcrDocument.imageUrl(url), shortened(url));
    }

    /**
     * Reads a file uploaded with the Files API (purpose {@code ocr}).
     *
     * @param fileId the id the upload returned
     * @return this builder
     * @throws IllegalStateException if a document was already set: a reader reads one document
     */
    public Builder fileId(String fileId) {
      Objects.requireNonNull(fileId, "fileId");
      return source(OcrDocument.file(fileId), "file:" + fileId);
    }

    /**
     * Reads this resource, sent inline as a {@code data:} URL (so it is held in memory: upload
     * large files with the Files API and use {@link #fileId(String)}); an image by its file name's
     * extension, any other file as a document.
     *
     * @param resource the file to read, such as a {@code ClassPathResource}
     * @return this builder
     * @throws java.io.UncheckedIOException if the resource cannot be read
     * @throws IllegalStateException if a document was already set: a reader reads one document
     */
    public Builder resource(Resource resource) {
      Objects.requireNonNull(resource, "resource");
      MediaType type = MediaTypeFactory.getMediaType(resource).orElse(MediaType.APPLICATION_PDF);
      byte[] bytes;
      try {
        bytes = resource.getContentAsByteArray();
      } catch (IOException unreadable) {
        throw new UncheckedIOException("Cannot read " + resource.getDescription(), unreadable);
      }
      String url =
          "data:"
              + type.getType()
              + "/"
              + type.getSubtype()
              + ";base64,"
              + Base64.getEncoder().encodeToString(bytes);
      String name =
          resource.getFilename() != null ? resource.getFilename() : resource.getDescription();
      return source(
          "image".equals(type.getType()) ? OcrDocument.imageUrl(url) : OcrDocument.documentUrl(url),
          name);
    }

    private Builder source(OcrDocument newDocument, String newSource) {
      if (document != null) {
        throw new IllegalStateException(
            "MistralOcrDocumentReader reads one document, already set to "
                + source
                + ": build a reader per document");
      }
      this.document = newDocument;
      this.source = newSource;
      return this;
    }

    /**
     * Sets the OCR model.
     *
     * @param model a model name; {@value MistralOcrDocumentReader#DEFAULT_MODEL} by default
     * @return this builder
     */
    public Builder model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Reads only these pages.
     *
     * @param pages page numbers counted from 0, or null for every page (the default)
     * @return this builder
     */
    public Builder pages(List<Integer> pages) {
      this.pages = pages == null ? null : List.copyOf(pages);
      return this;
    }

    /**
     * Sets whether the images' base64 data goes into the images' metadata.
     *
     * @param includeImageBase64 true to have the API return the images' data; unset by default
     * @return this builder
     */
    public Builder includeImageBase64(boolean includeImageBase64) {
      this.includeImageBase64 = includeImageBase64;
      return this;
    }

    /**
     * Extracts tables apart from the markdown, in this format ({@code markdown} or {@code html}),
     * into the tables' metadata; the markdown then refers to them by id.
     *
     * @param tableFormat {@code markdown} or {@code html}, or null to keep tables in the markdown
     * @return this builder
     */
    public Builder tableFormat(String tableFormat) {
      this.tableFormat = tableFormat;
      return this;
    }

    /**
     * Sets whether page headers are returned apart from the markdown, in the header metadata.
     *
     * @param extractHeader true to take the headers out of the markdown; unset by default
     * @return this builder
     */
    public Builder extractHeader(boolean extractHeader) {
      this.extractHeader = extractHeader;
      return this;
    }

    /**
     * Sets whether page footers are returned apart from the markdown, in the footer metadata.
     *
     * @param extractFooter true to take the footers out of the markdown; unset by default
     * @return this builder
     */
    public Builder extractFooter(boolean extractFooter) {
      this.extractFooter = extractFooter;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return a reader that makes one OCR call each time it is read
     * @throws IllegalStateException if no client or no document was set
     */
    public MistralOcrDocumentReader build() {
      if (mistralClient == null) {
        throw new IllegalStateException(
            "MistralOcrDocumentReader needs a client: call mistralClient(MistralClient) on the"
                + " builder");
      }
      if (document == null) {
        throw new IllegalStateException(
            "MistralOcrDocumentReader needs a document: call documentUrl, imageUrl, fileId or"
                + " resource on the builder");
      }
      OcrRequest request =
          OcrRequest.builder()
              .model(model)
              .document(document)
              .pages(pages)
              .includeImageBase64(includeImageBase64)
              .tableFormat(tableFormat == null ? null : TableFormat.of(tableFormat))
              .extractHeader(extractHeader)
              .extractFooter(extractFooter)
              .build();
      return new MistralOcrDocumentReader(mistralClient, request, source);
    }

    // A data URL can be megabytes long: the metadata keeps its head only.
    private static String shortened(String url) {
      if (url.startsWith("data:")) {
        int comma = url.indexOf(',');
        return (comma < 0 ? url : url.substring(0, comma)) + ",…";
      }
      return url;
    }
  }
}
