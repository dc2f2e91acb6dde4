package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.FinishReason;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The part of one choice carried by a {@link CompletionChunk}.
 *
 * @param index the position of the choice this delta belongs to
 * @param delta what was generated since the previous chunk
 * @param finishReason why generation stopped, on the choice's last chunk; null before
 */
@JsonDeserialize(using = CompletionChunkDeserializer.Choice.class)
public record CompletionResponseStreamChoice(
    Integer index, DeltaMessage delta, @JsonProperty("finish_reason") FinishReason finishReason) {}
