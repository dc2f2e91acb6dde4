package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.libraries.BetaLibrariesApi;
import io.github.mistralspring.client.beta.libraries.BetaLibraryAccessesApi;
import io.github.mistralspring.client.beta.libraries.BetaLibraryDocumentsApi;
import io.github.mistralspring.client.beta.libraries.Library;
import io.github.mistralspring.client.beta.libraries.LibraryRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUpdateRequest;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking libraries group, waiting on the reactive one. */
public final class DefaultBetaLibrariesApi implements BetaLibrariesApi {

  private final ReactiveBetaLibrariesApi reactive;
  private final BetaLibraryDocumentsApi documents;
  private final BetaLibraryAccessesApi accesses;

  /** The blocking face of a reactive group. */
  public DefaultBetaLibrariesApi(ReactiveBetaLibrariesApi reactive) {
    this.reactive = reactive;
    this.documents = new DefaultBetaLibraryDocumentsApi(reactive.documents());
    this.accesses = new DefaultBetaLibraryAccessesApi(reactive.accesses());
  }

  @Override
  public Library create(LibraryRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public List<Library> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Library retrieve(String libraryId) {
    return Blocking.await(reactive.retrieve(libraryId));
  }

  @Override
  public Library update(String libraryId, LibraryUpdateRequest request) {
    return Blocking.await(reactive.update(libraryId, request));
  }

  @Override
  public Library delete(String libraryId) {
    return Blocking.await(reactive.delete(libraryId));
  }

  @Override
  public BetaLibraryDocumentsApi documents() {
    return documents;
  }

  @Override
  public BetaLibraryAccessesApi accesses() {
    return accesses;
  }

  @Override
  public BetaLibrariesApi withOptions(RequestOptions options) {
    return new DefaultBetaLibrariesApi(reactive.withOptions(options));
  }
}
