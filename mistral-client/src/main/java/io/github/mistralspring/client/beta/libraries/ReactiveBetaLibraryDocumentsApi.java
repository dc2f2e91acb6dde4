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
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param upload the content and the file name to upload, as {@link DocumentUpload#of(Path)} makes
   *     it
   * @return a {@code Mono} of the document as stored, usually not yet processed
   */
  Mono<Document> upload(String libraryId, DocumentUpload upload);

  /**
   * Uploads the file at a path under its own name.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param file the file to upload; its name is the name the library records
   * @return a {@code Mono} of the document as stored, usually not yet processed
   */
  Mono<Document> upload(String libraryId, Path file);

  /**
   * Uploads a document and waits until it is processed, polling its status with {@link
   * #DEFAULT_POLLING}, as {@link #uploadAndAwait(String, DocumentUpload, Duration, PollingBackoff)}
   * says.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param file the file to upload; its name is the name the library records
   * @param timeout how long to wait for the processing, at most; not null
   * @return a {@code Mono} of the document once processed, with a final status
   */
  Mono<Document> uploadAndAwait(String libraryId, Path file, Duration timeout);

  /**
   * Uploads a document and waits until its processing ended, then emits it as last read.
   *
   * <p>Fails with a {@link DocumentProcessingTimeoutException} when {@code timeout} (counted from
   * the end of the upload) runs out first, and with a {@link DocumentProcessingException} when the
   * API could not process it; the document stays in the library either way.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param upload the content and the file name to upload, as {@link DocumentUpload#of(Path)} makes
   *     it
   * @param timeout how long to wait for the processing, at most; not null
   * @param backoff the delays between two reads of the status
   * @return a {@code Mono} of the document once processed, with a final status
   */
  Mono<Document> uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff);

  /**
   * Waits until a document's processing ended, polling with {@link #DEFAULT_POLLING}.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param timeout how long to wait for the processing, at most; not null
   * @return a {@code Mono} of the document as last read, with a final status
   */
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
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param timeout how long to wait for the processing, at most; not null
   * @param backoff the delays between two reads of the status
   * @return a {@code Mono} of the document as last read, with a final status
   */
  Mono<Document> awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff);

  /**
   * Lists the first page of a library's documents, newest first.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return a {@code Mono} of the first page of documents
   */
  Mono<Page<Document>> list(String libraryId);

  /**
   * Lists one page of a library's documents, filtered and ordered by the query.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param query the filter, order and page, as {@link DocumentListQuery#builder()} makes it
   * @return a {@code Mono} of the page the query asks for
   */
  Mono<Page<Document>> list(String libraryId, DocumentListQuery query);

  /**
   * Emits every document that matches the query, from the query's page (or the first) on, fetching
   * each next page only when the previous one has been consumed; cancelling stops the fetching.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param query the filter, order and page, as {@link DocumentListQuery#builder()} makes it
   * @return the matching documents, page after page, as they are requested
   */
  Flux<Document> listAll(String libraryId, DocumentListQuery query);

  /**
   * Describes one document.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} of the document, with its processing status
   */
  Mono<Document> retrieve(String libraryId, String documentId);

  /**
   * Renames a document or sets its attributes and emits it as changed.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @param request the new name or attributes, as {@link DocumentUpdateRequest#builder()} makes it
   * @return a {@code Mono} of the document as changed
   */
  Mono<Document> update(String libraryId, String documentId, DocumentUpdateRequest request);

  /**
   * Deletes a document; completes empty (the API answers {@code 204 No Content}).
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} that completes empty once the document is deleted
   */
  Mono<Void> delete(String libraryId, String documentId);

  /**
   * Reads a processed document's extracted text.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} of the text the API extracted from the document
   */
  Mono<DocumentText> textContent(String libraryId, String documentId);

  /**
   * Reads where a document's processing is.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} of the document's processing status
   */
  Mono<DocumentStatus> status(String libraryId, String documentId);

  /**
   * Gets a URL for downloading a document's content without the key.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} of a URL that downloads the document's content while it is valid
   */
  Mono<String> signedUrl(String libraryId, String documentId);

  /**
   * Gets a URL for downloading a document's extracted text without the key.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} of a URL that downloads the extracted text while it is valid
   */
  Mono<String> extractedTextSignedUrl(String libraryId, String documentId);

  /**
   * Processes a document again, such as after an {@code error}; completes empty once the API took
   * the request ({@code 204 No Content}). Follow the processing with {@link #awaitProcessed}.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param documentId the id of the document, as {@link Document#id()} gives it
   * @return a {@code Mono} that completes empty once the API took the request
   */
  Mono<Void> reprocess(String libraryId, String documentId);
}
