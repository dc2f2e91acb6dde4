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
   */
  Document upload(String libraryId, DocumentUpload upload);

  /** Uploads the file at a path under its own name. */
  Document upload(String libraryId, Path file);

  /**
   * Uploads the file at a path and waits until it is processed, polling with {@link
   * ReactiveBetaLibraryDocumentsApi#DEFAULT_POLLING}; throws a {@link
   * DocumentProcessingTimeoutException} when {@code timeout} runs out first and a {@link
   * DocumentProcessingException} when the API could not process it.
   */
  Document uploadAndAwait(String libraryId, Path file, Duration timeout);

  /**
   * Uploads a document and waits until its processing ended, as {@link
   * ReactiveBetaLibraryDocumentsApi#uploadAndAwait(String, DocumentUpload, Duration,
   * PollingBackoff)} says.
   */
  Document uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff);

  /** Waits until a document's processing ended, polling with the default backoff. */
  Document awaitProcessed(String libraryId, String documentId, Duration timeout);

  /**
   * Waits until a document's processing ended, as {@link
   * ReactiveBetaLibraryDocumentsApi#awaitProcessed(String, String, Duration, PollingBackoff)} says.
   */
  Document awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff);

  /** Lists the first page of a library's documents, newest first. */
  Page<Document> list(String libraryId);

  /** Lists one page of a library's documents, filtered and ordered by the query. */
  Page<Document> list(String libraryId, DocumentListQuery query);

  /**
   * Returns every document that matches the query, from the query's page (or the first) on; each
   * page is fetched only when the stream reaches it.
   */
  Stream<Document> listAll(String libraryId, DocumentListQuery query);

  /** Describes one document. */
  Document retrieve(String libraryId, String documentId);

  /** Renames a document or sets its attributes and returns it as changed. */
  Document update(String libraryId, String documentId, DocumentUpdateRequest request);

  /** Deletes a document. */
  void delete(String libraryId, String documentId);

  /** Reads a processed document's extracted text. */
  DocumentText textContent(String libraryId, String documentId);

  /** Reads where a document's processing is. */
  DocumentStatus status(String libraryId, String documentId);

  /** Gets a URL for downloading a document's content without the key. */
  String signedUrl(String libraryId, String documentId);

  /** Gets a URL for downloading a document's extracted text without the key. */
  String extractedTextSignedUrl(String libraryId, String documentId);

  /** Processes a document again, such as after an {@code error}. */
  void reprocess(String libraryId, String documentId);
}
