package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request to stop sharing a library with a user, a workspace or the organization (the spec's
 * {@code SharingDelete}). The spec's {@code org_id} is left out: the API deprecated it and takes
 * the caller's organization.
 *
 * @param shareWithUuid the id of the user, workspace or organization; required
 * @param shareWithType the kind of entity {@code shareWithUuid} names; required
 */
public record LibraryUnshareRequest(
    @JsonProperty("share_with_uuid") String shareWithUuid,
    @JsonProperty("share_with_type") ShareTargetType shareWithType) {

  /** Checks that both fields are present. */
  public LibraryUnshareRequest {
    if (shareWithUuid == null || shareWithUuid.isBlank() || shareWithType == null) {
      throw new IllegalArgumentException(
          "Unsharing a library needs the entity's kind and id: use"
              + " LibraryUnshareRequest.of(ShareTargetType.USER, \"<user id>\")");
    }
  }

  /** A request to stop sharing the library with one entity. */
  public static LibraryUnshareRequest of(ShareTargetType type, String id) {
    return new LibraryUnshareRequest(id, type);
  }
}
