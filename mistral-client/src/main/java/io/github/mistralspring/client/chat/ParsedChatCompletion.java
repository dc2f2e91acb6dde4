package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.schema.StructuredOutput;
import java.util.Objects;

/**
 * A chat completion whose answer was read as a Java type by {@link ChatApi#parse} or {@link
 * ReactiveChatApi#parse} (or the agents groups' {@code parse}); keeps the whole response (usage,
 * finish reason, id).
 *
 * @param value the answer read as the type
 * @param response the response as the API returned it
 * @param <T> the type the answer was read as
 */
public record ParsedChatCompletion<T>(T value, ChatCompletionResponse response) {

  /**
   * Checks that the response has the text an answer is read from.
   *
   * @param value the answer read as the type
   * @param response the response whose first choice holds the answer's text
   * @throws IllegalArgumentException when the response's first choice has no text
   */
  public ParsedChatCompletion {
    Objects.requireNonNull(response, "response");
    if (response.firstContent() == null) {
      throw new IllegalArgumentException(
          "the response's first choice has no text, so no answer was read from it");
    }
  }

  /**
   * Reads the first choice's answer of a response as a structured output's type, as {@code parse}
   * does: for a response got some other way (a request sent with {@code output.responseFormat()}).
   *
   * @param response the response whose first choice holds the JSON answer
   * @param output the type to read it as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the response has no
   *     choice, the answer was cut off, called tools instead, or does not match the type; it
   *     carries the raw text
   */
  public static <T> ParsedChatCompletion<T> of(
      ChatCompletionResponse response, StructuredOutput<T> output) {
    return StructuredCompletions.parse(response, output);
  }

  /**
   * The answer's text as the model wrote it (the JSON the value was read from).
   *
   * @return the first choice's text, thinking excluded
   */
  public String text() {
    return Objects.requireNonNull(response.firstContent());
  }
}
