package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Who a library is shared with: list, grant or change, and revoke access, blocking. Get it from
 * {@code MistralClient.beta().libraries().accesses()}.
 */
public interface BetaLibraryAccessesApi extends WithOptions<BetaLibraryAccessesApi> {

  /**
   * Lists who the library is shared with (the API does not page this listing).
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return who the library is shared with, and at which level
   */
  List<LibraryAccess> list(String libraryId);

  /**
   * Shares the library with a user, workspace or the organization, or changes the level.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request with whom to share and at which level, as {@link
   *     LibraryAccessRequest#of(ShareTargetType, String, ShareLevel)} makes it
   * @return the access as granted
   */
  LibraryAccess update(String libraryId, LibraryAccessRequest request);

  /**
   * Stops sharing the library with a user, workspace or the organization.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request with whom to stop sharing, as {@link LibraryUnshareRequest#of(ShareTargetType,
   *     String)} makes it
   * @return the access as it was before it was removed
   */
  LibraryAccess delete(String libraryId, LibraryUnshareRequest request);
}
