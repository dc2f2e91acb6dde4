package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.libraries.BetaLibraryAccessesApi;
import io.github.mistralspring.client.beta.libraries.LibraryAccess;
import io.github.mistralspring.client.beta.libraries.LibraryAccessRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUnshareRequest;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryAccessesApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking group of library sharing, waiting on the reactive one. */
final class DefaultBetaLibraryAccessesApi implements BetaLibraryAccessesApi {

  private final ReactiveBetaLibraryAccessesApi reactive;

  DefaultBetaLibraryAccessesApi(ReactiveBetaLibraryAccessesApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public List<LibraryAccess> list(String libraryId) {
    return Blocking.await(reactive.list(libraryId));
  }

  @Override
  public LibraryAccess update(String libraryId, LibraryAccessRequest request) {
    return Blocking.await(reactive.update(libraryId, request));
  }

  @Override
  public LibraryAccess delete(String libraryId, LibraryUnshareRequest request) {
    return Blocking.await(reactive.delete(libraryId, request));
  }

  @Override
  public BetaLibraryAccessesApi withOptions(RequestOptions options) {
    return new DefaultBetaLibraryAccessesApi(reactive.withOptions(options));
  }
}
