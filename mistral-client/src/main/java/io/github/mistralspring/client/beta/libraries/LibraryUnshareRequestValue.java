package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The value behind {@link LibraryUnshareRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record LibraryUnshareRequestValue(
    @JsonProperty("share_with_uuid") String shareWithUuid,
    @JsonProperty("share_with_type") ShareTargetType shareWithType)
    implements LibraryUnshareRequest {}
