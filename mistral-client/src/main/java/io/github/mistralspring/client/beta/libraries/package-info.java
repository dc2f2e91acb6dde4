/**
 * The beta Libraries API, for retrieval-augmented generation: libraries of documents that the
 * {@code document_library} tool of agents and conversations searches; uploading and processing
 * documents, and sharing libraries with users, workspaces and organizations.
 */
@NullMarked
package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.NullMarked;
