package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;

/** The check the sharing requests' builders share: the entity to share with, or unshare. */
final class ShareWith {

  private ShareWith() {}

  /**
   * Checks that the entity's kind and id are set.
   *
   * @param request the request's type name, for the message
   * @param type the entity's kind, as set
   * @param id the entity's id, as set
   * @throws IllegalStateException naming the field that is missing
   */
  static void require(String request, @Nullable ShareTargetType type, @Nullable String id) {
    if (type == null) {
      throw new IllegalStateException(
          request
              + ".shareWithType is required: set it with builder().shareWith(ShareTargetType.USER,"
              + " \"<user id>\")");
    }
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(
          request
              + ".shareWithUuid is required (not blank): set it with"
              + " builder().shareWith(ShareTargetType.USER, \"<user id>\")");
    }
  }
}
