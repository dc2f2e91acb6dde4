package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the chat completions API to a non-streaming request.
 *
 * <p>The API always reports the id, model, creation time and usage; a response folded from a stream
 * by {@link ChatCompletionAccumulator} lacks those its chunks did not carry.
 *
 * @param id the completion's id; absent when not reported
 * @param object the object type, {@code chat.completion}
 * @param model the model that answered; absent when not reported
 * @param created when the completion was created, in seconds since the epoch; absent when not
 *     reported
 * @param choices the generated choices, one per {@code n}; empty when there are none
 * @param usage the tokens used; absent when not reported
 */
public record ChatCompletionResponse(
    @Nullable String id,
    String object,
    @Nullable String model,
    @Nullable Long created,
    List<ChatCompletionChoice> choices,
    @Nullable UsageInfo usage) {

  /**
   * Keeps the choices read-only; absent choices read as none.
   *
   * @param id the completion's id; absent when not reported
   * @param object the object type, {@code chat.completion}
   * @param model the model that answered; absent when not reported
   * @param created when the completion was created, in seconds since the epoch; absent when not
   *     reported
   * @param choices the generated choices; absent reads as none
   * @param usage the tokens used; absent when not reported
   */
  public ChatCompletionResponse {
    // Absent entries (a null in the array) are dropped, as they carry nothing.
    choices = ReadOnly.withoutNulls(choices);
  }

  /**
   * Returns the message of the first choice.
   *
   * @return the first choice's message; absent when there is no choice or it has no message
   */
  public @Nullable AssistantMessage firstMessage() {
    if (choices.isEmpty()) {
      return null;
    }
    return choices.get(0).message();
  }

  /**
   * Returns the text of the first choice's message, thinking excluded.
   *
   * @return the answer's text; absent when there is no message or it has no text
   */
  public @Nullable String firstContent() {
    AssistantMessage message = firstMessage();
    return message == null ? null : message.text();
  }
}
