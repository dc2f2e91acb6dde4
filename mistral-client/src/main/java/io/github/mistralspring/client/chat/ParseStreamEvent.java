package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.schema.StructuredOutput;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;

/**
 * What {@link ChatApi#parseStream} and {@link ReactiveChatApi#parseStream} emit: the answer's text
 * as it arrives, then, once, the whole answer read as the Java type.
 *
 * @param <T> the type the answer is read as
 */
public sealed interface ParseStreamEvent<T> {

  /**
   * Turns a stream of chunks into the events {@code parseStream} emits: the text as it arrives,
   * then the folded answer read as the type. For a stream got some other way (a request sent with
   * {@code output.responseFormat()}).
   *
   * @param chunks the chunks of a streamed completion; closed when the returned stream is
   * @param output the type to read the whole answer as
   * @param <T> the type the answer is read as
   * @return the events, lazily; the last one's parse fails as {@link ParsedChatCompletion#of} does,
   *     when the stream reaches it
   */
  static <T> Stream<ParseStreamEvent<T>> of(
      Stream<CompletionChunk> chunks, StructuredOutput<T> output) {
    return StructuredCompletions.parseStream(chunks, output);
  }

  /**
   * Turns a flux of chunks into the events reactive {@code parseStream} emits: the text as it
   * arrives, then the folded answer read as the type, or the parse error as the flux's error.
   *
   * @param chunks the chunks of a streamed completion, subscribed to once per subscription
   * @param output the type to read the whole answer as
   * @param <T> the type the answer is read as
   * @return the events
   */
  static <T> Flux<ParseStreamEvent<T>> of(
      Flux<CompletionChunk> chunks, StructuredOutput<T> output) {
    return StructuredCompletions.parseStream(chunks, output);
  }

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
