package io.github.mistralspring.client.catalog;

/**
 * The answer to deleting a model.
 *
 * @param id the id of the deleted model
 * @param object the object kind that was deleted, {@code model}
 * @param deleted whether the model was deleted
 */
public record DeleteModelOut(String id, String object, Boolean deleted) {}
