package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.FinishReason;

/**
 * One generated answer in a {@link ChatCompletionResponse}.
 *
 * @param index the position of this choice
 * @param message the generated message
 * @param finishReason why generation stopped
 */
public record ChatCompletionChoice(
    Integer index,
    AssistantMessage message,
    @JsonProperty("finish_reason") FinishReason finishReason) {}
