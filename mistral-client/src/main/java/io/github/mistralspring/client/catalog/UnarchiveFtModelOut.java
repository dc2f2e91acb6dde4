package io.github.mistralspring.client.catalog;

/**
 * The answer to unarchiving a fine-tuned model.
 *
 * @param id the model's id
 * @param object the object kind, {@code model}
 * @param archived whether the model is still archived (false once unarchived)
 */
public record UnarchiveFtModelOut(String id, String object, Boolean archived) {}
