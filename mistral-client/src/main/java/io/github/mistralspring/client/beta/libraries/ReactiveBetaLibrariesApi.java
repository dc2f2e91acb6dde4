package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Libraries for retrieval-augmented generation: create, list, describe, change and delete them, as
 * {@link Mono}; their documents in {@link #documents()} and their sharing in {@link #accesses()}.
 * Get it from {@code ReactiveMistralClient.beta().libraries()}.
 */
public interface ReactiveBetaLibrariesApi extends WithOptions<ReactiveBetaLibrariesApi> {

  /** Creates a library; changes state, so never retried once sent. */
  MistralOperation CREATE = MistralOperation.statefulPost("beta.libraries.create", "/v1/libraries");

  /** Lists libraries. */
  MistralOperation LIST = MistralOperation.get("beta.libraries.list", "/v1/libraries");

  /** Describes one library. */
  MistralOperation RETRIEVE =
      MistralOperation.get("beta.libraries.retrieve", "/v1/libraries/{library_id}");

  /** Changes a library; a PUT of the same values, so safe to repeat. */
  MistralOperation UPDATE =
      new MistralOperation(
          "beta.libraries.update", "PUT", "/v1/libraries/{library_id}", true, false);

  /** Deletes a library and its documents. */
  MistralOperation DELETE =
      MistralOperation.delete("beta.libraries.delete", "/v1/libraries/{library_id}");

  /** Creates a library and emits it. */
  Mono<Library> create(LibraryRequest request);

  /** Emits every library the caller can see (the API does not page this listing). */
  Mono<List<Library>> list();

  /** Describes one library. */
  Mono<Library> retrieve(String libraryId);

  /** Changes a library's name or description and emits the library as changed. */
  Mono<Library> update(String libraryId, LibraryUpdateRequest request);

  /** Deletes a library with its documents and emits the library as it was. */
  Mono<Library> delete(String libraryId);

  /** The documents of libraries: upload, list, process, read and delete them. */
  ReactiveBetaLibraryDocumentsApi documents();

  /** Who libraries are shared with: list, grant and revoke access. */
  ReactiveBetaLibraryAccessesApi accesses();
}
