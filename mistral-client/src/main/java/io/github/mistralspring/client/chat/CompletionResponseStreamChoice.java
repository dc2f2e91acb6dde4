package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.FinishReason;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The part of one choice carried by a {@link CompletionChunk}.
 *
 * @param index the position of the choice this delta belongs to; absent reads as the first
 * @param delta what was generated since the previous chunk; absent when the chunk adds nothing
 * @param finishReason why generation stopped, on the choice's last chunk; absent before it
 */
@JsonDeserialize(using = CompletionChunkDeserializer.Choice.class)
public record CompletionResponseStreamChoice(
    @Nullable Integer index,
    @Nullable DeltaMessage delta,
    @JsonProperty("finish_reason") @Nullable FinishReason finishReason) {}
