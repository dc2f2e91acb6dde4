package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.libraries.LibraryAccess;
import io.github.mistralspring.client.beta.libraries.LibraryAccessRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUnshareRequest;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibraryAccessesApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** The reactive group of library sharing. */
final class DefaultReactiveBetaLibraryAccessesApi extends CallsGroup<ReactiveBetaLibraryAccessesApi>
    implements ReactiveBetaLibraryAccessesApi {

  /** The answer of the sharing listing: the accesses under {@code data}. */
  record AccessList(List<LibraryAccess> data) {

    AccessList {
      data = data == null ? List.of() : List.copyOf(data);
    }
  }

  DefaultReactiveBetaLibraryAccessesApi(Calls calls) {
    super(calls, DefaultReactiveBetaLibraryAccessesApi::new);
  }

  @Override
  public Mono<List<LibraryAccess>> list(String libraryId) {
    return calls
        .exchange(
            MistralRequest.of(LIST).pathVariables(Ids.require(libraryId, "libraryId")),
            AccessList.class)
        .map(AccessList::data);
  }

  @Override
  public Mono<LibraryAccess> update(String libraryId, LibraryAccessRequest request) {
    String id = Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        MistralRequest.of(UPDATE, request).pathVariables(id), LibraryAccess.class);
  }

  @Override
  public Mono<LibraryAccess> delete(String libraryId, LibraryUnshareRequest request) {
    String id = Ids.require(libraryId, "libraryId");
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        MistralRequest.of(DELETE, request).pathVariables(id), LibraryAccess.class);
  }
}
