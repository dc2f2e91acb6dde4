package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.FinishReason;
import org.jspecify.annotations.Nullable;

/**
 * One generated answer in a {@link ChatCompletionResponse}.
 *
 * @param index the position of this choice; absent when the API did not report it
 * @param message the generated message; absent when the API sent none
 * @param finishReason why generation stopped; absent when the API did not report it
 */
public record ChatCompletionChoice(
    @Nullable Integer index,
    @Nullable AssistantMessage message,
    @JsonProperty("finish_reason") @Nullable FinishReason finishReason) {}
