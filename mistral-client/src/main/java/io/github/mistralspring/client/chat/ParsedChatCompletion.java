package io.github.mistralspring.client.chat;

/**
 * A chat completion whose answer was read as a Java type by {@link ChatApi#parse} or {@link
 * ReactiveChatApi#parse}; keeps the whole response (usage, finish reason, id).
 *
 * @param value the answer read as the type
 * @param response the response as the API returned it
 * @param <T> the type the answer was read as
 */
public record ParsedChatCompletion<T>(T value, ChatCompletionResponse response) {

  /** The answer's text as the model wrote it (the JSON the value was read from). */
  public String text() {
    return response.firstContent();
  }
}
