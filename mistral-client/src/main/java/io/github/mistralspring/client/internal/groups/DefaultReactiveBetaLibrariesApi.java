package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.libraries.Library;
import io.github.mistralspring.client.beta.libraries.LibraryRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUpdateRequest;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryAccessesApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryDocumentsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** The reactive libraries group. */
public final class DefaultReactiveBetaLibrariesApi implements ReactiveBetaLibrariesApi {

  /** The answer of the library listing: the libraries under {@code data}. */
  record LibraryList(List<Library> data) {

    LibraryList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }

  private final Calls calls;
  private final ReactiveBetaLibraryDocumentsApi documents;
  private final ReactiveBetaLibraryAccessesApi accesses;

  /** The group on a client's calls. */
  public DefaultReactiveBetaLibrariesApi(Calls calls) {
    this.calls = calls;
    this.documents = new DefaultReactiveBetaLibraryDocumentsApi(calls);
    this.accesses = new DefaultReactiveBetaLibraryAccessesApi(calls);
  }

  @Override
  public Mono<Library> create(LibraryRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(MistralRequest.of(CREATE, request), Library.class);
  }

  @Override
  public Mono<List<Library>> list() {
    return calls.exchange(MistralRequest.of(LIST), LibraryList.class).map(LibraryList::data);
  }

  @Override
  public Mono<Library> retrieve(String libraryId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(Ids.require(libraryId, "libraryId")),
        Library.class);
  }

  @Override
  public Mono<Library> update(String libraryId, LibraryUpdateRequest request) {
    String id = Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(request, "request");
    return calls.exchange(MistralRequest.of(UPDATE, request).pathVariables(id), Library.class);
  }

  @Override
  public Mono<Library> delete(String libraryId) {
    return calls.exchange(
        MistralRequest.of(DELETE).pathVariables(Ids.require(libraryId, "libraryId")),
        Library.class);
  }

  @Override
  public ReactiveBetaLibraryDocumentsApi documents() {
    return documents;
  }

  @Override
  public ReactiveBetaLibraryAccessesApi accesses() {
    return accesses;
  }

  @Override
  public ReactiveBetaLibrariesApi withOptions(RequestOptions options) {
    return new DefaultReactiveBetaLibrariesApi(
        calls.with(Objects.requireNonNull(options, "options")));
  }
}
