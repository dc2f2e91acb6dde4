package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The documents of libraries, blocking: upload (streamed), list, describe, rename, delete, read the
 * extracted text, follow the processing and reprocess. Get it from {@code
 * MistralClient.beta().libraries().documents()}.
 *
 * <p>A document is searched by the {@code document_library} tool only once processed: {@link
 * #uploadAndAwait(String, Path, Duration)} uploads one and waits for that.
 */
public interface BetaLibraryDocumentsApi extends WithOptions<BetaLibraryDocumentsApi> {

  /**
   * Uploads a document, streaming its content, and returns it as stored, usually not yet processed;
   * content that can be read only once is never sent twice, as {@link
   * ReactiveBetaLibraryDocumentsApi#upload(String, DocumentUpload)} says.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param upload the content and the file name to upload, as {@link DocumentUpload#of(Path)} makes
   *     it
   * @return the document as stored, usually not yet processed
   */
  Document upload(String libraryId, DocumentUpload upload);

  /**
   * Uploads the file at a path under its own name.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param file the file to upload; its name is the name the library records
   * @return the document as stored, usually not yet processed
   */
  Document upload(String libraryId, Path file);

  /**
   * Uploads the file at a path and waits until it is processed, polling with {@link
   * ReactiveBetaLibraryDocumentsApi#DEFAULT_POLLING}; throws a {@link
   * DocumentProcessingTimeoutException} when {@code timeout} runs out first and a {@link
   * DocumentProcessingException} when the API could not process it.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param file the file to upload; its name is the name the library records
   * @param timeout how long to wait for the processing, at most; not null
   * @return the document once processed, with status {@code done} or another final one
   */
  Document uploadAndAwait(String libraryId, Path file, Duration timeout);

  /**
   * Uploads a document and waits until its processing ended, as {@link
   * ReactiveBetaLibraryDocumentsApi#uploadAndAwait(String, DocumentUpload, Duration,
   * PollingBackoff)} says.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param upload the content and the file name to upload, as {@link DocumentUpload#of(Path)} makes
   *     it
   * @param timeout how long to wait for the processing, at most; not null
   * @param backoff the delays between two reads of the status
   * @return the document once processed, with status {@code done} or another final one
   */
  Document uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff);

  /**
   * Waits until a document's processing ended, polling with the default backoff.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param timeout how long to wait for the processing, at most; not null
   * @return the document as last read, with a final status
   */
  Document awaitProcessed(String libraryId, String documentId, Duration timeout);

  /**
   * Waits until a document's processing ended, as {@link
   * ReactiveBetaLibraryDocumentsApi#awaitProcessed(String, String, Duration, PollingBackoff)} says.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param timeout how long to wait for the processing, at most; not null
   * @param backoff the delays between two reads of the status
   * @return the document as last read, with a final status
   */
  Document awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff);

  /**
   * Lists the first page of a library's documents, newest first.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return the first page of documents and where it sits in the listing
   */
  Page<Document> list(String libraryId);

  /**
   * Lists one page of a library's documents, filtered and ordered by the query.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param query the filter, order and page, as {@link DocumentListQuery#builder()} makes it
   * @return the page the query asks for, with where it sits in the listing
   */
  Page<Document> list(String libraryId, DocumentListQuery query);

  /**
   * Returns every document that matches the query, from the query's page (or the first) on; each
   * page is fetched only when the stream reaches it.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param query the filter, order and page, as {@link DocumentListQuery#builder()} makes it
   * @return a lazy stream of the matching documents; close it to stop the fetching
   */
  Stream<Document> listAll(String libraryId, DocumentListQuery query);

  /**
   * Describes one document.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return the document, with its processing status
   */
  Document retrieve(String libraryId, String documentId);

  /**
   * Renames a document or sets its attributes and returns it as changed.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param request the new name or attributes, as {@link DocumentUpdateRequest#builder()} makes it
   * @return the document as changed
   */
  Document update(String libraryId, String documentId, DocumentUpdateRequest request);

  /**
   * Deletes a document.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   */
  void delete(String libraryId, String documentId);

  /**
   * Reads a processed document's extracted text.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return the text the API extracted from the document
   */
  DocumentText textContent(String libraryId, String documentId);

  /**
   * Reads where a document's processing is.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return the document's processing status
   */
  DocumentStatus status(String libraryId, String documentId);

  /**
   * Gets a URL for downloading a document's content without the key.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a URL that downloads the document's content while it is valid
   */
  String signedUrl(String libraryId, String documentId);

  /**
   * Gets a URL for downloading a document's extracted text without the key.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a URL that downloads the extracted text while it is valid
   */
  String extractedTextSignedUrl(String libraryId, String documentId);

  /**
   * Processes a document again, such as after an {@code error}.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   */
  void reprocess(String libraryId, String documentId);
}
