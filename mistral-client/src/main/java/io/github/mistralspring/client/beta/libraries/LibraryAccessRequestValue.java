package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value behind {@link LibraryAccessRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record LibraryAccessRequestValue(
    ShareLevel level,
    @JsonProperty("share_with_uuid") String shareWithUuid,
    @JsonProperty("share_with_type") ShareTargetType shareWithType)
    implements LibraryAccessRequest {

  /** Checks that every field is present. */
  LibraryAccessRequestValue {
    require(level, "level", "level(ShareLevel.VIEWER)");
    require(shareWithUuid, "shareWithUuid", "shareWith(ShareTargetType.USER, \"<user id>\")");
    require(shareWithType, "shareWithType", "shareWith(ShareTargetType.USER, \"<user id>\")");
  }

  private static void require(Object value, String name, String fix) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException(
          "Sharing a library needs "
              + name
              + ": set it with LibraryAccessRequest.builder()."
              + fix);
    }
  }

  @Override
  public Builder toBuilder() {
    return LibraryAccessRequest.builder().level(level).shareWith(shareWithType, shareWithUuid);
  }
}
