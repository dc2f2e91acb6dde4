package io.github.mistralspring.client.catalog;

/**
 * The answer to archiving a fine-tuned model.
 *
 * @param id the model's id
 * @param object the object kind, {@code model}
 * @param archived whether the model is now archived
 */
public record ArchiveFtModelOut(String id, String object, Boolean archived) {}
