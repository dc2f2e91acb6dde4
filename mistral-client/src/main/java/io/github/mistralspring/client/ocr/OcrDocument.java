package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The document to run OCR on, told apart by its {@code type}: a document URL, an image URL or an
 * uploaded file.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownOcrDocument} that keeps every
 * property and writes them back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownOcrDocument.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = DocumentUrlDocument.class, name = DocumentUrlDocument.TYPE),
  @JsonSubTypes.Type(value = ImageUrlDocument.class, name = ImageUrlDocument.TYPE),
  @JsonSubTypes.Type(value = FileDocument.class, name = FileDocument.TYPE)
})
public sealed interface OcrDocument
    permits DocumentUrlDocument, ImageUrlDocument, FileDocument, UnknownOcrDocument {

  /**
   * The document's type, as sent on the wire.
   *
   * @return the type, such as {@code document_url}; for an {@link UnknownOcrDocument}, as given
   *     (absent when it had none)
   */
  @Nullable String type();

  /**
   * A document (PDF, DOCX, PPTX, …) at a URL or in a data URL.
   *
   * @param url the document's URL, such as {@code https://example.com/report.pdf}
   * @return the document, for {@code OcrRequest}
   */
  static OcrDocument documentUrl(String url) {
    return new DocumentUrlDocument(url, null);
  }

  /**
   * An image at a URL or in a data URL.
   *
   * @param url the image's URL, or a {@code data:} URL holding it
   * @return the document, for {@code OcrRequest}
   */
  static OcrDocument imageUrl(String url) {
    return ImageUrlDocument.of(url);
  }

  /**
   * A file uploaded to the Files API, by id.
   *
   * @param fileId the id of the uploaded file ({@code StoredFile.id()})
   * @return the document, for {@code OcrRequest}
   */
  static OcrDocument file(String fileId) {
    return new FileDocument(fileId);
  }
}
