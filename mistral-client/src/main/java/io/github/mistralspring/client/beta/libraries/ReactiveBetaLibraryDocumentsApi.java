package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The documents of libraries, as {@link Mono} and {@link Flux}: upload (streamed), list, describe,
 * rename, delete, read the extracted text, follow the processing and reprocess. Get it from {@code
 * ReactiveMistralClient.beta().libraries().documents()}.
 *
 * <p>A document is searched by the {@code document_library} tool only once processed: {@link
 * #uploadAndAwait(String, Path, Duration)} uploads one and waits for that.
 */
public interface ReactiveBetaLibraryDocumentsApi
    extends WithOptions<ReactiveBetaLibraryDocumentsApi> {

  /**
   * Uploads a document. The API keeps one document per content (it answers an upload of content the
   * library already holds with that document), so sending the same bytes again cannot duplicate it:
   * the upload is retried as a repeatable call, unless its content can be read only once.
   */
  MistralOperation UPLOAD =
      new MistralOperation(
          "beta.libraries.documents.upload",
          "POST",
          "/v1/libraries/{library_id}/documents",
          true,
          false);

  /** Lists a library's documents. */
  MistralOperation LIST =
      MistralOperation.get("beta.libraries.documents.list", "/v1/libraries/{library_id}/documents");

  /** Describes one document. */
  MistralOperation RETRIEVE =
      MistralOperation.get(
          "beta.libraries.documents.retrieve",
          "/v1/libraries/{library_id}/documents/{document_id}");

  /** Renames a document or sets its attributes; a PUT of the same values, so safe to repeat. */
  MistralOperation UPDATE =
      new MistralOperation(
          "beta.libraries.documents.update",
          "PUT",
          "/v1/libraries/{library_id}/documents/{document_id}",
          true,
          false);

  /** Deletes a document. */
  MistralOperation DELETE =
      MistralOperation.delete(
          "beta.libraries.documents.delete", "/v1/libraries/{library_id}/documents/{document_id}");

  /** Reads a processed document's extracted text. */
  MistralOperation TEXT_CONTENT =
      MistralOperation.get(
          "beta.libraries.documents.text_content",
          "/v1/libraries/{library_id}/documents/{document_id}/text_content");

  /** Reads where a document's processing is. */
  MistralOperation STATUS =
      MistralOperation.get(
          "beta.libraries.documents.status",
          "/v1/libraries/{library_id}/documents/{document_id}/status");

  /** Gets a signed URL for a document's content. */
  MistralOperation SIGNED_URL =
      MistralOperation.get(
          "beta.libraries.documents.signed_url",
          "/v1/libraries/{library_id}/documents/{document_id}/signed-url");

  /** Gets a signed URL for a document's extracted text. */
  MistralOperation EXTRACTED_TEXT_SIGNED_URL =
      MistralOperation.get(
          "beta.libraries.documents.extracted_text_signed_url",
          "/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url");

  /** Processes a document again; starts work, so never retried once sent. */
  MistralOperation REPROCESS =
      MistralOperation.statefulPost(
          "beta.libraries.documents.reprocess",
          "/v1/libraries/{library_id}/documents/{document_id}/reprocess");

  /** How {@code awaitProcessed} polls by default: half a second, doubling up to ten seconds. */
  PollingBackoff DEFAULT_POLLING =
      new PollingBackoff(Duration.ofMillis(500), Duration.ofSeconds(10), 2.0);

  /**
   * Uploads a document as {@code multipart/form-data}, streaming its content, and emits it as
   * stored, usually not yet processed. Uploading content the library already holds emits that
   * document.
   *
   * <p>Content that can be read only once ({@code Resource.isOpen()}, such as an {@code
   * InputStream}) is never sent twice: once anything of it was sent, a failure, a 429 included, is
   * passed on as it is. Content that can be read again (a path, bytes) is retried as any repeatable
   * call.
   */
  Mono<Document> upload(String libraryId, DocumentUpload upload);

  /** Uploads the file at a path under its own name. */
  Mono<Document> upload(String libraryId, Path file);

  /**
   * Uploads a document and waits until it is processed, polling its status with {@link
   * #DEFAULT_POLLING}, as {@link #uploadAndAwait(String, DocumentUpload, Duration, PollingBackoff)}
   * says.
   */
  Mono<Document> uploadAndAwait(String libraryId, Path file, Duration timeout);

  /**
   * Uploads a document and waits until its processing ended, then emits it as last read.
   *
   * <p>Fails with a {@link DocumentProcessingTimeoutException} when {@code timeout} (counted from
   * the end of the upload) runs out first, and with a {@link DocumentProcessingException} when the
   * API could not process it; the document stays in the library either way.
   */
  Mono<Document> uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff);

  /** Waits until a document's processing ended, polling with {@link #DEFAULT_POLLING}. */
  Mono<Document> awaitProcessed(String libraryId, String documentId, Duration timeout);

  /**
   * Reads a document, then again after each backoff delay, until its processing ended, and emits it
   * as last read: {@code done}, or another final status ({@code noop}, {@code missing_content},
   * {@code self_managed}).
   *
   * <p>Fails with a {@link DocumentProcessingTimeoutException} when {@code timeout} runs out first
   * (an in-flight read is cancelled; the API goes on processing), with a {@link
   * DocumentProcessingException} when the status becomes {@code error}, and with the API's
   * exception when a read fails.
   */
  Mono<Document> awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff);

  /** Lists the first page of a library's documents, newest first. */
  Mono<Page<Document>> list(String libraryId);

  /** Lists one page of a library's documents, filtered and ordered by the query. */
  Mono<Page<Document>> list(String libraryId, DocumentListQuery query);

  /**
   * Emits every document that matches the query, from the query's page (or the first) on, fetching
   * each next page only when the previous one has been consumed; cancelling stops the fetching.
   */
  Flux<Document> listAll(String libraryId, DocumentListQuery query);

  /** Describes one document. */
  Mono<Document> retrieve(String libraryId, String documentId);

  /** Renames a document or sets its attributes and emits it as changed. */
  Mono<Document> update(String libraryId, String documentId, DocumentUpdateRequest request);

  /** Deletes a document; completes empty (the API answers {@code 204 No Content}). */
  Mono<Void> delete(String libraryId, String documentId);

  /** Reads a processed document's extracted text. */
  Mono<DocumentText> textContent(String libraryId, String documentId);

  /** Reads where a document's processing is. */
  Mono<DocumentStatus> status(String libraryId, String documentId);

  /** Gets a URL for downloading a document's content without the key. */
  Mono<String> signedUrl(String libraryId, String documentId);

  /** Gets a URL for downloading a document's extracted text without the key. */
  Mono<String> extractedTextSignedUrl(String libraryId, String documentId);

  /**
   * Processes a document again, such as after an {@code error}; completes empty once the API took
   * the request ({@code 204 No Content}). Follow the processing with {@link #awaitProcessed}.
   */
  Mono<Void> reprocess(String libraryId, String documentId);
}
