package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;

/**
 * What {@link ChatApi#runTools} and {@link ReactiveChatApi#runTools} return: the final answer, the
 * whole conversation that led to it, and how many rounds of tool results it took.
 *
 * @param response the last response, whose answer calls no tools
 * @param messages the conversation: the request's messages, every round's assistant message with
 *     its tool calls and the tool messages with their results, then the final answer; read-only
 * @param rounds how many rounds of tool results were sent
 */
public record ToolRunResult(
    ChatCompletionResponse response, List<ChatMessage> messages, int rounds) {

  /** Keeps the conversation read-only. */
  public ToolRunResult {
    messages = List.copyOf(messages);
  }

  /** The final answer's text, thinking excluded, or null when it has none. */
  public String text() {
    return response.firstContent();
  }
}
