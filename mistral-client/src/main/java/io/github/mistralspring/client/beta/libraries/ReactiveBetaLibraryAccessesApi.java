package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Who a library is shared with: list, grant or change, and revoke access, as {@link Mono}. Get it
 * from {@code ReactiveMistralClient.beta().libraries().accesses()}.
 */
public interface ReactiveBetaLibraryAccessesApi
    extends WithOptions<ReactiveBetaLibraryAccessesApi> {

  /** Lists who a library is shared with. */
  MistralOperation LIST =
      MistralOperation.get("beta.libraries.accesses.list", "/v1/libraries/{library_id}/share");

  /** Shares a library, or changes the level; a PUT of the same values, so safe to repeat. */
  MistralOperation UPDATE =
      new MistralOperation(
          "beta.libraries.accesses.update", "PUT", "/v1/libraries/{library_id}/share", true, false);

  /** Stops sharing a library with one entity; the request is a JSON body on the DELETE. */
  MistralOperation DELETE =
      MistralOperation.delete("beta.libraries.accesses.delete", "/v1/libraries/{library_id}/share");

  /**
   * Emits who the library is shared with (the API does not page this listing).
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @return a {@code Mono} of who the library is shared with, and at which level
   */
  Mono<List<LibraryAccess>> list(String libraryId);

  /**
   * Shares the library with a user, workspace or the organization, or changes the level.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request with whom to share and at which level, as {@link
   *     LibraryAccessRequest#of(ShareTargetType, String, ShareLevel)} makes it
   * @return a {@code Mono} of the access as granted
   */
  Mono<LibraryAccess> update(String libraryId, LibraryAccessRequest request);

  /**
   * Stops sharing the library with a user, workspace or the organization.
   *
   * @param libraryId the id of the library, as {@link Library#id()} gives it
   * @param request with whom to stop sharing, as {@link LibraryUnshareRequest#of(ShareTargetType,
   *     String)} makes it
   * @return a {@code Mono} of the access as it was before it was removed
   */
  Mono<LibraryAccess> delete(String libraryId, LibraryUnshareRequest request);
}
