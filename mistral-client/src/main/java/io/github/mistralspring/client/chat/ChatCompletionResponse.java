package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.observation.MistralObservedResponse;
import java.util.List;

/**
 * The answer of the chat completions API to a non-streaming request.
 *
 * @param id the completion's id
 * @param object the object type, {@code chat.completion}
 * @param model the model that answered
 * @param created when the completion was created, in seconds since the epoch
 * @param choices the generated choices, one per {@code n}
 * @param usage the tokens used
 */
public record ChatCompletionResponse(
    String id,
    String object,
    String model,
    Long created,
    List<ChatCompletionChoice> choices,
    UsageInfo usage)
    implements MistralObservedResponse {

  /** The finish reason of each choice that has one. */
  @Override
  public List<String> finishReasons() {
    if (choices == null) {
      return List.of();
    }
    return choices.stream()
        .filter(choice -> choice.finishReason() != null)
        .map(choice -> choice.finishReason().value())
        .toList();
  }

  /** The text of the first choice, for observations that opted in to content. */
  @Override
  public String outputText() {
    return firstContent();
  }

  /** Returns the message of the first choice, or null when there is none. */
  public AssistantMessage firstMessage() {
    if (choices == null || choices.isEmpty()) {
      return null;
    }
    return choices.get(0).message();
  }

  /** Returns the text of the first choice's message, thinking excluded, or null when absent. */
  public String firstContent() {
    AssistantMessage message = firstMessage();
    return message == null ? null : message.text();
  }
}
