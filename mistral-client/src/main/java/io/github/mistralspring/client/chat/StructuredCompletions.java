package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.schema.StructuredOutput;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the {@code parse} methods of the chat and agents groups share. */
final class StructuredCompletions {

  private StructuredCompletions() {}

  /**
   * The request with the type's {@code response_format}; a different one already set is an error.
   */
  static ChatCompletionRequest withFormat(
      ChatCompletionRequest request, StructuredOutput<?> output) {
    Objects.requireNonNull(request, "request");
    return request.toBuilder()
        .responseFormat(output.requireCompatible(request.responseFormat()))
        .build();
  }

  /** Reads the first choice's answer as the type. */
  static <T> ParsedChatCompletion<T> parse(
      ChatCompletionResponse response, StructuredOutput<T> output) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(output, "output");
    String type = output.type().getTypeName();
    if (response.choices().isEmpty()) {
      throw new StructuredOutputException(
          "The response has no choice to read as " + output.name(), type, null, null);
    }
    ChatCompletionChoice choice = response.choices().get(0);
    AssistantMessage message = choice.message();
    String text = message == null ? null : message.text();
    FinishReason reason = choice.finishReason();
    if (FinishReason.LENGTH.equals(reason) || FinishReason.MODEL_LENGTH.equals(reason)) {
      throw new StructuredOutputException(
          "The answer was cut off (finish_reason "
              + reason.value()
              + ") before its JSON was complete: raise maxTokens on the request",
          type,
          text,
          null);
    }
    if ((text == null || text.isBlank()) && message != null && message.hasToolCalls()) {
      throw new StructuredOutputException(
          "The model called tools instead of answering as "
              + output.name()
              + ": run them with runTools, or leave tools out of a parse request",
          type,
          text,
          null);
    }
    return new ParsedChatCompletion<>(output.parse(text), response);
  }

  /** The blocking stream of text events over the chunks, then the parsed answer. */
  static <T> Stream<ParseStreamEvent<T>> parseStream(
      Stream<CompletionChunk> chunks, StructuredOutput<T> output) {
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(output, "output");
    Iterator<CompletionChunk> iterator = chunks.iterator();
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    Spliterator<ParseStreamEvent<T>> events =
        new Spliterators.AbstractSpliterator<>(
            Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
          private boolean done;

          @Override
          public boolean tryAdvance(Consumer<? super ParseStreamEvent<T>> action) {
            while (!done) {
              if (iterator.hasNext()) {
                CompletionChunk chunk = iterator.next();
                accumulator.accept(chunk);
                String text = chunk.deltaText();
                if (!text.isEmpty()) {
                  action.accept(new ParseStreamEvent.Text<>(text, chunk));
                  return true;
                }
              } else {
                done = true;
                action.accept(
                    new ParseStreamEvent.Parsed<>(parse(accumulator.toResponse(), output)));
                return true;
              }
            }
            return false;
          }
        };
    return StreamSupport.stream(events, false).onClose(chunks::close);
  }

  /** The reactive stream of text events over the chunks, then the parsed answer. */
  static <T> Flux<ParseStreamEvent<T>> parseStream(
      Flux<CompletionChunk> chunks, StructuredOutput<T> output) {
    Objects.requireNonNull(chunks, "chunks");
    Objects.requireNonNull(output, "output");
    return Flux.defer(
        () -> {
          ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
          Flux<ParseStreamEvent<T>> texts =
              chunks.handle(
                  (chunk, sink) -> {
                    accumulator.accept(chunk);
                    String text = chunk.deltaText();
                    if (!text.isEmpty()) {
                      sink.next(new ParseStreamEvent.Text<>(text, chunk));
                    }
                  });
          return texts.concatWith(
              Mono.fromCallable(
                  () -> new ParseStreamEvent.Parsed<>(parse(accumulator.toResponse(), output))));
        });
  }
}
