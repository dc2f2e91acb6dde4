package io.github.mistralspring.client.files;

/**
 * The answer to deleting a file.
 *
 * @param id the deleted file's id
 * @param object the object kind, {@code file}
 * @param deleted whether the file was deleted
 */
public record DeleteFileOut(String id, String object, Boolean deleted) {}
