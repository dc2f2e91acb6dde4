package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionChoice;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.CompletionResponseStreamChoice;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.ObservedValues;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** What the completion groups (chat, FIM, agents) share. */
final class Completions {

  private Completions() {}

  /** A completion call, observed as one: its id, model, usage, finish reasons and text. */
  static MistralRequest observedAsCompletion(MistralRequest call) {
    return call.observed(
        ChatCompletionResponse.class,
        response ->
            new ObservedValues(
                response.id(),
                response.model(),
                response.usage(),
                ObservedValues.finishReasons(
                    response.choices(), ChatCompletionChoice::finishReason),
                response.firstContent()));
  }

  /** A streamed completion call, observed chunk by chunk, as {@link #observedAsCompletion}. */
  static MistralRequest observedAsChunks(MistralRequest call) {
    return call.observed(
        CompletionChunk.class,
        chunk ->
            new ObservedValues(
                chunk.id(),
                chunk.model(),
                chunk.usage(),
                ObservedValues.finishReasons(
                    chunk.choices(), CompletionResponseStreamChoice::finishReason),
                chunk.deltaText()));
  }

  /** Reads a stream of chunks to its end, closing it, and folds them into one response. */
  static ChatCompletionResponse accumulate(Stream<CompletionChunk> stream) {
    try (Stream<CompletionChunk> chunks = stream) {
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      chunks.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }

  /**
   * The call for a request that may leave its model to the client's default: the stream flag and
   * that default go on the wire beside the request ({@link MistralRequest#bodyProperty}), never
   * into a copy of it.
   */
  static MistralRequest call(
      MistralOperation operation,
      Object request,
      String requested,
      String requestType,
      Supplier<String> fallback,
      boolean stream) {
    return withDefaultModel(operation, request, requested, requestType, fallback)
        .bodyProperty("stream", stream);
  }

  /**
   * The call for a request that may leave its model to the client's default, with no stream flag
   * (embeddings, moderation, OCR): the default goes on the wire beside the request, never into a
   * copy of it.
   */
  static MistralRequest withDefaultModel(
      MistralOperation operation,
      Object request,
      String requested,
      String requestType,
      Supplier<String> fallback) {
    Objects.requireNonNull(request, "request");
    String model = defaultModel(requested, requestType, fallback);
    return MistralRequest.of(operation, request)
        .bodyProperty("model", model)
        .model(model != null ? model : requested);
  }

  /**
   * The model the operation adds to the body: null when the request names its own, the client's
   * default (which throws when there is none) when it names none. Checked when the group method is
   * called, before anything is sent.
   *
   * @throws IllegalArgumentException when the request's model is blank
   */
  static String defaultModel(String requested, String requestType, Supplier<String> fallback) {
    if (requested == null) {
      return fallback.get();
    }
    if (requested.isBlank()) {
      throw new IllegalArgumentException(
          requestType
              + ".model is blank: set a model name with builder().model(\"...\"), or leave it"
              + " unset for the client's default model");
    }
    return null;
  }
}
