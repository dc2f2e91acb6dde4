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

  @Override
  public Builder toBuilder() {
    return LibraryAccessRequest.builder().level(level).shareWith(shareWithType, shareWithUuid);
  }
}
