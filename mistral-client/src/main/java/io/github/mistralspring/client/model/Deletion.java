package io.github.mistralspring.client.model;

/**
 * The answer to a delete: which object was deleted and whether it was. The spec names it after each
 * resource ({@code DeleteFileOut}, {@code DeleteModelOut}); it is one type here, as the answers are
 * the same.
 *
 * @param id the id of the deleted object
 * @param object the kind of object deleted, such as {@code file} or {@code model}
 * @param deleted whether the object was deleted
 */
public record Deletion(String id, String object, Boolean deleted) {}
