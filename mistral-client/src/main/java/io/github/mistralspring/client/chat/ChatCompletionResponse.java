package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.ResponseLists;
import io.github.mistralspring.client.model.UsageInfo;
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
    UsageInfo usage) {

  /** Keeps the choices read-only; absent choices read as none. */
  public ChatCompletionResponse {
    // Absent entries (a null in the array) are dropped, as they carry nothing.
    choices = ResponseLists.withoutNulls(choices);
  }

  /** Returns the message of the first choice, or null when there is none. */
  public AssistantMessage firstMessage() {
    if (choices.isEmpty()) {
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
