package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;

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

  /**
   * Keeps the conversation read-only.
   *
   * @param response the final answer, which calls no tool
   * @param messages the whole conversation: the request's messages, then each answer and its tool
   *     results
   * @param rounds how many times tool results were sent back
   */
  public ToolRunResult {
    messages = List.copyOf(messages);
  }

  /**
   * The final answer's text, thinking excluded.
   *
   * @return the answer's text; absent when the answer has none
   */
  public @Nullable String text() {
    return response.firstContent();
  }
}
