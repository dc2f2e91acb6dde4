package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Libraries for retrieval-augmented generation: create, list, describe, change and delete them,
 * blocking; their documents in {@link #documents()} and their sharing in {@link #accesses()}. Get
 * it from {@code MistralClient.beta().libraries()}.
 */
public interface BetaLibrariesApi extends WithOptions<BetaLibrariesApi> {

  /** Creates a library. */
  Library create(LibraryRequest request);

  /** Lists every library the caller can see (the API does not page this listing). */
  List<Library> list();

  /** Describes one library. */
  Library retrieve(String libraryId);

  /** Changes a library's name or description and returns the library as changed. */
  Library update(String libraryId, LibraryUpdateRequest request);

  /** Deletes a library with its documents and returns the library as it was. */
  Library delete(String libraryId);

  /** The documents of libraries: upload, list, process, read and delete them. */
  BetaLibraryDocumentsApi documents();

  /** Who libraries are shared with: list, grant and revoke access. */
  BetaLibraryAccessesApi accesses();
}
