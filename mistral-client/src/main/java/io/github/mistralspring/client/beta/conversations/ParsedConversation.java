package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.schema.StructuredOutput;

/**
 * A conversation answer whose last message was read as a Java type by the conversations' {@code
 * parse}; keeps the whole response (the conversation id to append to, the outputs, usage).
 *
 * @param value the answer read as the type
 * @param response the response as the API returned it
 * @param <T> the type the answer was read as
 */
public record ParsedConversation<T>(T value, ConversationResponse response) {

  /**
   * Reads the last message output of a response as a structured output's type, as {@code parse}
   * does: for a response got some other way (a request whose {@code completion_args} carry {@code
   * output.responseFormat()}).
   *
   * @param response the response whose last message output holds the JSON answer
   * @param output the type to read it as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the response has no
   *     message output (it called functions instead, say) or it does not match the type; it carries
   *     the raw text
   */
  public static <T> ParsedConversation<T> of(
      ConversationResponse response, StructuredOutput<T> output) {
    return ConversationStructuredOutput.parse(response, output);
  }

  /**
   * The answer's text as the model wrote it (the JSON the value was read from).
   *
   * @return the text of the response's last message output
   */
  public String text() {
    return response.text();
  }
}
