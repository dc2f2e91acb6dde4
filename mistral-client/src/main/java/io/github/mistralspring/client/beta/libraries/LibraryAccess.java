package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Who a library is shared with, and with what role (the spec's {@code SharingOut}).
 *
 * @param libraryId the library's id
 * @param userId the id of the user who shared it; absent when the API did not report it
 * @param orgId the id of the organization the sharing belongs to
 * @param role the role granted, such as {@code Viewer} or {@code Editor}
 * @param shareWithType the kind of entity it is shared with: {@code User}, {@code Workspace} or
 *     {@code Org}
 * @param shareWithUuid the id of the entity it is shared with; absent when shared with the whole
 *     organization
 */
public record LibraryAccess(
    @JsonProperty("library_id") String libraryId,
    @JsonProperty("user_id") @Nullable String userId,
    @JsonProperty("org_id") String orgId,
    String role,
    @JsonProperty("share_with_type") String shareWithType,
    @JsonProperty("share_with_uuid") @Nullable String shareWithUuid) {}
