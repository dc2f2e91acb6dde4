package io.github.mistralspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a delete: which object was deleted and whether it was. The spec names it after each
 * resource ({@code DeleteFileOut}, {@code DeleteModelOut}); it is one type here, as the answers are
 * the same.
 *
 * @param id the id of the deleted object
 * @param object the kind of object deleted, such as {@code file} or {@code model}; absent when the
 *     API did not say
 * @param deleted whether the object was deleted; absent when the API did not say
 */
public record Deletion(String id, @Nullable String object, @Nullable Boolean deleted) {}
