package io.github.mistralspring.client.beta.conversations;

/**
 * What the conversations' {@code parseStream} emits: the answer's text as it arrives, then, once,
 * the whole answer read as the Java type.
 *
 * @param <T> the type the answer is read as
 */
public sealed interface ConversationParseEvent<T> {

  /**
   * A piece of the answer's text, as the model wrote it (part of a JSON document, so not readable
   * on its own).
   *
   * @param text the piece, never empty
   * @param event the stream event it came in
   * @param <T> the type the answer is read as
   */
  record Text<T>(String text, MessageOutputEvent event) implements ConversationParseEvent<T> {}

  /**
   * The last event: the whole answer, read as the type, with the response the events fold into.
   *
   * @param conversation the parsed answer
   * @param <T> the type the answer is read as
   */
  record Parsed<T>(ParsedConversation<T> conversation) implements ConversationParseEvent<T> {}
}
