package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Who a library is shared with: list, grant or change, and revoke access, blocking. Get it from
 * {@code MistralClient.beta().libraries().accesses()}.
 */
public interface BetaLibraryAccessesApi extends WithOptions<BetaLibraryAccessesApi> {

  /** Lists who the library is shared with (the API does not page this listing). */
  List<LibraryAccess> list(String libraryId);

  /** Shares the library with a user, workspace or the organization, or changes the level. */
  LibraryAccess update(String libraryId, LibraryAccessRequest request);

  /** Stops sharing the library with a user, workspace or the organization. */
  LibraryAccess delete(String libraryId, LibraryUnshareRequest request);
}
