package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Libraries for retrieval-augmented generation: create, list, describe, change and delete them,
 * blocking; their documents in {@link #documents()} and their sharing in {@link #accesses()}. Get
 * it from {@code MistralClient.beta().libraries()}.
 */
public interface BetaLibrariesApi extends WithOptions<BetaLibrariesApi> {

  /**
   * Creates a library.
   *
   * @param request the name, description and chunk size, as {@link LibraryRequest#of(String)} makes
   *     it
   * @return the library as created, with its id
   */
  Library create(LibraryRequest request);

  /**
   * Lists every library the caller can see (the API does not page this listing).
   *
   * @return every library the key can see
   */
  List<Library> list();

  /**
   * Describes one library.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return the library, with its document count and size
   */
  Library retrieve(String libraryId);

  /**
   * Changes a library's name or description and returns the library as changed.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request the new name or description, as {@link LibraryUpdateRequest#builder()} makes it
   * @return the library as changed
   */
  Library update(String libraryId, LibraryUpdateRequest request);

  /**
   * Deletes a library with its documents and returns the library as it was.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return the library as it was before it was deleted
   */
  Library delete(String libraryId);

  /**
   * The documents of libraries: upload, list, process, read and delete them.
   *
   * @return the API of the library's documents, with the same options
   */
  BetaLibraryDocumentsApi documents();

  /**
   * Who libraries are shared with: list, grant and revoke access.
   *
   * @return the API of who a library is shared with, with the same options
   */
  BetaLibraryAccessesApi accesses();
}
