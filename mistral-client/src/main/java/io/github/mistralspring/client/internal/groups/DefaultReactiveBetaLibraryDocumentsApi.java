package io.github.mistralspring.client.internal.groups;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.libraries.Document;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentProcessStatus;
import io.github.mistralspring.client.beta.libraries.DocumentProcessingException;
import io.github.mistralspring.client.beta.libraries.DocumentProcessingTimeoutException;
import io.github.mistralspring.client.beta.libraries.DocumentStatus;
import io.github.mistralspring.client.beta.libraries.DocumentText;
import io.github.mistralspring.client.beta.libraries.DocumentUpdateRequest;
import io.github.mistralspring.client.beta.libraries.DocumentUpload;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryDocumentsApi;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.JobPolling;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive group of library documents. */
final class DefaultReactiveBetaLibraryDocumentsApi
    extends CallsGroup<ReactiveBetaLibraryDocumentsApi> implements ReactiveBetaLibraryDocumentsApi {

  DefaultReactiveBetaLibraryDocumentsApi(Calls calls) {
    super(calls, DefaultReactiveBetaLibraryDocumentsApi::new);
  }

  @Override
  public Mono<Document> upload(String libraryId, DocumentUpload upload) {
    String id = Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(upload, "upload");
    return Mono.defer(
        () -> {
          MultipartBodyBuilder parts = new MultipartBodyBuilder();
          MistralRequest request = MistralRequest.of(UPLOAD).pathVariables(id);
          Resource content = upload.content();
          // A stream can be sent only once: the request says so, and when it was read.
          if (content.isOpen()) {
            SendOnceResource once = new SendOnceResource(content);
            request.bodySentOnce(once::read);
            content = once;
          }
          parts.part("file", content).filename(upload.filename());
          return calls.exchange(request.multipart(parts.build()), Document.class);
        });
  }

  @Override
  public Mono<Document> upload(String libraryId, Path file) {
    return upload(libraryId, DocumentUpload.of(file));
  }

  @Override
  public Mono<Document> uploadAndAwait(String libraryId, Path file, Duration timeout) {
    return uploadAndAwait(libraryId, DocumentUpload.of(file), timeout, DEFAULT_POLLING);
  }

  @Override
  public Mono<Document> uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff) {
    checkWait(timeout, backoff);
    return upload(libraryId, upload)
        .flatMap(
            document ->
                document.processStatus() != null && document.processStatus().isFinal()
                    ? finished(document)
                    : awaitProcessed(libraryId, document.id(), timeout, backoff));
  }

  @Override
  public Mono<Document> awaitProcessed(String libraryId, String documentId, Duration timeout) {
    return awaitProcessed(libraryId, documentId, timeout, DEFAULT_POLLING);
  }

  @Override
  public Mono<Document> awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff) {
    Ids.require(libraryId, "libraryId");
    Ids.require(documentId, "documentId");
    checkWait(timeout, backoff);
    return JobPolling.awaitUntil(
            () -> retrieve(libraryId, documentId),
            document -> document.processStatus() != null && document.processStatus().isFinal(),
            timeout,
            backoff,
            last ->
                new DocumentProcessingTimeoutException(
                    libraryId, documentId, last == null ? null : last.processStatus(), timeout))
        .flatMap(DefaultReactiveBetaLibraryDocumentsApi::finished);
  }

  private static Mono<Document> finished(Document document) {
    return DocumentProcessStatus.ERROR.equals(document.processStatus())
        ? Mono.error(new DocumentProcessingException(document))
        : Mono.just(document);
  }

  private static void checkWait(Duration timeout, PollingBackoff backoff) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException(
          "timeout must be positive, such as Duration.ofMinutes(2): " + timeout);
    }
  }

  @Override
  public Mono<Page<Document>> list(String libraryId) {
    return list(libraryId, DocumentListQuery.ALL);
  }

  @Override
  public Mono<Page<Document>> list(String libraryId, DocumentListQuery query) {
    String id = Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(query, "query");
    return calls
        .exchange(
            MistralRequest.of(LIST).pathVariables(id).query(query.queryParameters()),
            DocumentList.class)
        .map(DefaultReactiveBetaLibraryDocumentsApi::page);
  }

  @Override
  public Flux<Document> listAll(String libraryId, DocumentListQuery query) {
    Ids.require(libraryId, "libraryId");
    return Pages.flux(query, Document::id, q -> list(libraryId, q));
  }

  /**
   * The documents listing as the API sends it (the spec's {@code ListDocumentOut}): the documents,
   * and their paging values apart under {@code pagination}.
   */
  record DocumentList(List<Document> data, @Nullable Pagination pagination) {}

  /**
   * Where a page of documents sits in the whole listing (the spec's {@code PaginationInfo}), read
   * into the one page type by {@link #page(DocumentList)}.
   *
   * @param totalItems how many documents match, across all pages
   * @param totalPages how many pages there are at this page size
   * @param currentPage the number of this page, from 0
   * @param pageSize the page size the listing used
   * @param hasMore whether pages follow this one
   */
  record Pagination(
      @JsonProperty("total_items") long totalItems,
      @JsonProperty("total_pages") int totalPages,
      @JsonProperty("current_page") int currentPage,
      @JsonProperty("page_size") int pageSize,
      @JsonProperty("has_more") boolean hasMore) {}

  /** The one page type, with the paging values the API sent under {@code pagination}. */
  static Page<Document> page(DocumentList list) {
    Pagination p = list.pagination();
    return p == null
        ? Page.of(list.data())
        : new Page<>(
            list.data(),
            null,
            p.totalItems(),
            p.currentPage(),
            p.pageSize(),
            p.totalPages(),
            p.hasMore(),
            null);
  }

  @Override
  public Mono<Document> retrieve(String libraryId, String documentId) {
    return calls.exchange(onDocument(RETRIEVE, libraryId, documentId), Document.class);
  }

  @Override
  public Mono<Document> update(String libraryId, String documentId, DocumentUpdateRequest request) {
    MistralRequest call = onDocument(UPDATE, libraryId, documentId);
    Objects.requireNonNull(request, "request");
    return calls.exchange(call.body(request), Document.class);
  }

  @Override
  public Mono<Void> delete(String libraryId, String documentId) {
    return calls.send(onDocument(DELETE, libraryId, documentId));
  }

  @Override
  public Mono<DocumentText> textContent(String libraryId, String documentId) {
    return calls.exchange(onDocument(TEXT_CONTENT, libraryId, documentId), DocumentText.class);
  }

  @Override
  public Mono<DocumentStatus> status(String libraryId, String documentId) {
    return calls.exchange(onDocument(STATUS, libraryId, documentId), DocumentStatus.class);
  }

  @Override
  public Mono<String> signedUrl(String libraryId, String documentId) {
    // The API answers with the URL as a JSON string.
    return calls.exchange(onDocument(SIGNED_URL, libraryId, documentId), String.class);
  }

  @Override
  public Mono<String> extractedTextSignedUrl(String libraryId, String documentId) {
    return calls.exchange(
        onDocument(EXTRACTED_TEXT_SIGNED_URL, libraryId, documentId), String.class);
  }

  @Override
  public Mono<Void> reprocess(String libraryId, String documentId) {
    return calls.send(onDocument(REPROCESS, libraryId, documentId));
  }

  private static MistralRequest onDocument(
      MistralOperation operation, String libraryId, String documentId) {
    return MistralRequest.of(operation)
        .pathVariables(Ids.require(libraryId, "libraryId"), Ids.require(documentId, "documentId"));
  }
}
