package io.github.mistralspring.client.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The answer to archiving or unarchiving a fine-tuned model (the spec's {@code ArchiveFTModelOut}
 * and {@code UnarchiveFTModelOut}, which are the same).
 *
 * @param id the model's id
 * @param object the object kind, {@code model}; absent when the API did not send it
 * @param archived whether the model is archived now: true after archiving, false after unarchiving;
 *     absent when the API did not say
 */
public record Archival(String id, @Nullable String object, @Nullable Boolean archived) {}
