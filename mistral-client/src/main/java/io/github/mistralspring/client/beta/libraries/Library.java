package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A library: a named collection of documents that the {@code document_library} tool searches (the
 * spec's {@code LibraryOut}).
 *
 * @param id the library's id, which {@code DocumentLibraryTool.of(..)} takes
 * @param name the library's name
 * @param createdAt when the library was created
 * @param updatedAt when the library last changed
 * @param ownerId the id of the user or workspace that owns the library; absent when the API reports
 *     no owner
 * @param ownerType the kind of owner, such as {@code User} or {@code Workspace}
 * @param totalSize the size of all its documents, in bytes
 * @param documentCount how many documents it holds ({@code nb_documents})
 * @param chunkSize the size of the chunks its documents are split into; absent when the library
 *     uses the default
 * @param emoji the library's emoji; absent when it has none
 * @param description what the library holds, as its owner wrote it; absent when it has none
 * @param generatedDescription a description the API generated from its documents; absent until one
 *     was generated
 * @param explicitUserMembersCount how many users it is shared with; absent when the API did not
 *     count them
 * @param explicitWorkspaceMembersCount how many workspaces it is shared with; absent when the API
 *     did not count them
 * @param orgSharingRole the role the whole organization has on it; absent when it is not shared
 *     with the organization
 * @param generatedName a name the API generated from its documents; absent until one was generated
 */
public record Library(
    String id,
    String name,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("updated_at") OffsetDateTime updatedAt,
    @JsonProperty("owner_id") @Nullable String ownerId,
    @JsonProperty("owner_type") String ownerType,
    @JsonProperty("total_size") long totalSize,
    @JsonProperty("nb_documents") long documentCount,
    @JsonProperty("chunk_size") @Nullable Integer chunkSize,
    @Nullable String emoji,
    @Nullable String description,
    @JsonProperty("generated_description") @Nullable String generatedDescription,
    @JsonProperty("explicit_user_members_count") @Nullable Integer explicitUserMembersCount,
    @JsonProperty("explicit_workspace_members_count")
        @Nullable Integer explicitWorkspaceMembersCount,
    @JsonProperty("org_sharing_role") @Nullable String orgSharingRole,
    @JsonProperty("generated_name") @Nullable String generatedName) {}
