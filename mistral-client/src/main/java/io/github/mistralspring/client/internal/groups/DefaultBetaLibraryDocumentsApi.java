package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.libraries.BetaLibraryDocumentsApi;
import io.github.mistralspring.client.beta.libraries.Document;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentStatus;
import io.github.mistralspring.client.beta.libraries.DocumentText;
import io.github.mistralspring.client.beta.libraries.DocumentUpdateRequest;
import io.github.mistralspring.client.beta.libraries.DocumentUpload;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryDocumentsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/** The blocking group of library documents, waiting on the reactive one. */
final class DefaultBetaLibraryDocumentsApi implements BetaLibraryDocumentsApi {

  private final ReactiveBetaLibraryDocumentsApi reactive;

  DefaultBetaLibraryDocumentsApi(ReactiveBetaLibraryDocumentsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public Document upload(String libraryId, DocumentUpload upload) {
    return Blocking.await(reactive.upload(libraryId, upload));
  }

  @Override
  public Document upload(String libraryId, Path file) {
    return Blocking.await(reactive.upload(libraryId, file));
  }

  @Override
  public Document uploadAndAwait(String libraryId, Path file, Duration timeout) {
    return Blocking.await(reactive.uploadAndAwait(libraryId, file, timeout));
  }

  @Override
  public Document uploadAndAwait(
      String libraryId, DocumentUpload upload, Duration timeout, PollingBackoff backoff) {
    return Blocking.await(reactive.uploadAndAwait(libraryId, upload, timeout, backoff));
  }

  @Override
  public Document awaitProcessed(String libraryId, String documentId, Duration timeout) {
    return Blocking.await(reactive.awaitProcessed(libraryId, documentId, timeout));
  }

  @Override
  public Document awaitProcessed(
      String libraryId, String documentId, Duration timeout, PollingBackoff backoff) {
    return Blocking.await(reactive.awaitProcessed(libraryId, documentId, timeout, backoff));
  }

  @Override
  public Page<Document> list(String libraryId) {
    return Blocking.await(reactive.list(libraryId));
  }

  @Override
  public Page<Document> list(String libraryId, DocumentListQuery query) {
    return Blocking.await(reactive.list(libraryId, query));
  }

  @Override
  public Stream<Document> listAll(String libraryId, DocumentListQuery query) {
    Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        Document::id,
        page -> Blocking.await(reactive.list(libraryId, query.withPage(page))));
  }

  @Override
  public Document retrieve(String libraryId, String documentId) {
    return Blocking.await(reactive.retrieve(libraryId, documentId));
  }

  @Override
  public Document update(String libraryId, String documentId, DocumentUpdateRequest request) {
    return Blocking.await(reactive.update(libraryId, documentId, request));
  }

  @Override
  public void delete(String libraryId, String documentId) {
    Blocking.await(reactive.delete(libraryId, documentId));
  }

  @Override
  public DocumentText textContent(String libraryId, String documentId) {
    return Blocking.await(reactive.textContent(libraryId, documentId));
  }

  @Override
  public DocumentStatus status(String libraryId, String documentId) {
    return Blocking.await(reactive.status(libraryId, documentId));
  }

  @Override
  public String signedUrl(String libraryId, String documentId) {
    return Blocking.await(reactive.signedUrl(libraryId, documentId));
  }

  @Override
  public String extractedTextSignedUrl(String libraryId, String documentId) {
    return Blocking.await(reactive.extractedTextSignedUrl(libraryId, documentId));
  }

  @Override
  public void reprocess(String libraryId, String documentId) {
    Blocking.await(reactive.reprocess(libraryId, documentId));
  }

  @Override
  public BetaLibraryDocumentsApi withOptions(RequestOptions options) {
    return new DefaultBetaLibraryDocumentsApi(reactive.withOptions(options));
  }
}
