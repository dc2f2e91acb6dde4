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

  /**
   * Creates a library and emits it.
   *
   * @param request the name, description and chunk size, as {@link LibraryRequest#of(String)} makes
   *     it
   * @return a {@code Mono} of the library as created, with its id
   */
  Mono<Library> create(LibraryRequest request);

  /**
   * Emits every library the caller can see (the API does not page this listing).
   *
   * @return a {@code Mono} of every library the key can see
   */
  Mono<List<Library>> list();

  /**
   * Describes one library.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return a {@code Mono} of the library, with its document count and size
   */
  Mono<Library> retrieve(String libraryId);

  /**
   * Changes a library's name or description and emits the library as changed.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request the new name or description, as {@link LibraryUpdateRequest#builder()} makes it
   * @return a {@code Mono} of the library as changed
   */
  Mono<Library> update(String libraryId, LibraryUpdateRequest request);

  /**
   * Deletes a library with its documents and emits the library as it was.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return a {@code Mono} of the library as it was before it was deleted
   */
  Mono<Library> delete(String libraryId);

  /**
   * The documents of libraries: upload, list, process, read and delete them.
   *
   * @return the API of the library's documents, with the same options
   */
  ReactiveBetaLibraryDocumentsApi documents();

  /**
   * Who libraries are shared with: list, grant and revoke access.
   *
   * @return the API of who a library is shared with, with the same options
   */
  ReactiveBetaLibraryAccessesApi accesses();
}
