package io.github.mistralspring.client.chat;

/**
 * What {@link ChatApi#parseStream} and {@link ReactiveChatApi#parseStream} emit: the answer's text
 * as it arrives, then, once, the whole answer read as the Java type.
 *
 * @param <T> the type the answer is read as
 */
public sealed interface ParseStreamEvent<T> {

  /**
   * A piece of the answer's text, as the model wrote it (part of a JSON document, so not readable
   * on its own).
   *
   * @param text the piece, never empty
   * @param chunk the stream chunk it came in
   * @param <T> the type the answer is read as
   */
  record Text<T>(String text, CompletionChunk chunk) implements ParseStreamEvent<T> {}

  /**
   * The last event: the whole answer, read as the type, with the response the chunks fold into.
   *
   * @param completion the parsed answer
   * @param <T> the type the answer is read as
   */
  record Parsed<T>(ParsedChatCompletion<T> completion) implements ParseStreamEvent<T> {}
}
