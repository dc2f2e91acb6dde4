package io.github.mistralspring.client.catalog;

/**
 * The answer to archiving or unarchiving a fine-tuned model (the spec's {@code ArchiveFTModelOut}
 * and {@code UnarchiveFTModelOut}, which are the same).
 *
 * @param id the model's id
 * @param object the object kind, {@code model}
 * @param archived whether the model is archived now: true after archiving, false after unarchiving
 */
public record Archival(String id, String object, Boolean archived) {}
