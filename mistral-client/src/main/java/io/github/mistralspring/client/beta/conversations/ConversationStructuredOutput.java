package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.schema.StructuredOutput;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What the {@code parse} methods of both conversations groups share. */
final class ConversationStructuredOutput {

  private ConversationStructuredOutput() {}

  /** The start request with the type's format in its {@code completion_args}. */
  static ConversationRequest withFormat(ConversationRequest request, StructuredOutput<?> output) {
    Objects.requireNonNull(request, "request");
    return request.toBuilder().completionArgs(withFormat(request.completionArgs(), output)).build();
  }

  /** The append request with the type's format in its {@code completion_args}. */
  static ConversationAppendRequest withFormat(
      ConversationAppendRequest request, StructuredOutput<?> output) {
    Objects.requireNonNull(request, "request");
    return request.toBuilder().completionArgs(withFormat(request.completionArgs(), output)).build();
  }

  /**
   * The arguments with {@code response_format} set to the type's; a different one already set is an
   * error ({@link StructuredOutput#requireCompatible}, as for every {@code parse}). Every other
   * argument is kept.
   */
  private static CompletionArgs withFormat(
      @Nullable CompletionArgs args, StructuredOutput<?> output) {
    ResponseFormat format = output.requireCompatible(args == null ? null : args.responseFormat());
    if (args == null) {
      return CompletionArgs.builder().responseFormat(format).build();
    }
    return CompletionArgs.builder()
        .stop(args.stop())
        .presencePenalty(args.presencePenalty())
        .frequencyPenalty(args.frequencyPenalty())
        .temperature(args.temperature())
        .topP(args.topP())
        .maxTokens(args.maxTokens())
        .randomSeed(args.randomSeed())
        .prediction(args.prediction())
        .responseFormat(format)
        .toolChoice(args.toolChoice())
        .reasoningEffort(args.reasoningEffort())
        .build();
  }

  /** Reads the last message output as the type. */
  static <T> ParsedConversation<T> parse(
      ConversationResponse response, StructuredOutput<T> output) {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(output, "output");
    String text = response.text();
    if ((text == null || text.isBlank()) && !response.functionCalls().isEmpty()) {
      throw new StructuredOutputException(
          "The model called functions instead of answering as "
              + output.name()
              + ": answer them with callFunctions, or leave function tools out of a parse request",
          output.type().getTypeName(),
          text,
          null);
    }
    return new ParsedConversation<>(output.parse(text), response);
  }

  /** The reactive stream of text events over the conversation's events, then the parsed answer. */
  static <T> Flux<ConversationParseEvent<T>> parseStream(
      Flux<ConversationEvent> events, StructuredOutput<T> output) {
    return Flux.defer(
        () -> {
          ConversationAccumulator accumulator = new ConversationAccumulator();
          Flux<ConversationParseEvent<T>> texts =
              events.handle(
                  (event, sink) -> {
                    accumulator.accept(event);
                    ConversationParseEvent<T> text = text(event);
                    if (text != null) {
                      sink.next(text);
                    }
                  });
          return texts.concatWith(
              Mono.fromCallable(
                  () ->
                      new ConversationParseEvent.Parsed<>(
                          parse(accumulator.toResponse(), output))));
        });
  }

  private static <T> @Nullable ConversationParseEvent<T> text(ConversationEvent event) {
    if (event instanceof MessageOutputEvent delta && delta.content() != null) {
      String text = delta.content().text();
      if (text != null && !text.isEmpty()) {
        return new ConversationParseEvent.Text<>(text, delta);
      }
    }
    return null;
  }
}
