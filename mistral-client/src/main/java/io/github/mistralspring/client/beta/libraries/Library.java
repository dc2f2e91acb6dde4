package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A library: a named collection of documents that the {@code document_library} tool searches (the
 * spec's {@code LibraryOut}).
 *
 * @param id the library's id, which {@code DocumentLibraryTool.of(..)} takes
 * @param name the library's name
 * @param createdAt when the library was created
 * @param updatedAt when the library last changed
 * @param ownerId the id of the user or workspace that owns the library, or null
 * @param ownerType the kind of owner, such as {@code User} or {@code Workspace}
 * @param totalSize the size of all its documents, in bytes
 * @param documentCount how many documents it holds ({@code nb_documents})
 * @param chunkSize the size of the chunks its documents are split into, or null for the default
 * @param emoji the library's emoji, or null
 * @param description what the library holds, as its owner wrote it, or null
 * @param generatedDescription a description the API generated from its documents, or null
 * @param explicitUserMembersCount how many users it is shared with, or null
 * @param explicitWorkspaceMembersCount how many workspaces it is shared with, or null
 * @param orgSharingRole the role the whole organization has on it, or null when not shared so
 * @param generatedName a name the API generated from its documents, or null
 */
public record Library(
    String id,
    String name,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("updated_at") OffsetDateTime updatedAt,
    @JsonProperty("owner_id") String ownerId,
    @JsonProperty("owner_type") String ownerType,
    @JsonProperty("total_size") long totalSize,
    @JsonProperty("nb_documents") long documentCount,
    @JsonProperty("chunk_size") Integer chunkSize,
    String emoji,
    String description,
    @JsonProperty("generated_description") String generatedDescription,
    @JsonProperty("explicit_user_members_count") Integer explicitUserMembersCount,
    @JsonProperty("explicit_workspace_members_count") Integer explicitWorkspaceMembersCount,
    @JsonProperty("org_sharing_role") String orgSharingRole,
    @JsonProperty("generated_name") String generatedName) {}
