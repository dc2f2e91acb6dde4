package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.DefaultModels;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fill-in-the-middle completions ({@code POST /v1/fim/completions}), as {@link Mono} and {@link
 * Flux}.
 *
 * <p>The API answers with the chat completion shapes, so this group reuses {@link
 * ChatCompletionResponse} and {@link CompletionChunk}.
 */
public final class ReactiveFimApi {

  /** A FIM completion answered in one response. */
  public static final MistralOperation COMPLETE =
      MistralOperation.statelessPost("fim", "/v1/fim/completions");

  /** A FIM completion streamed as server-sent events. */
  public static final MistralOperation STREAM =
      MistralOperation.statelessStream("fim.stream", "/v1/fim/completions");

  private final MistralTransport transport;

  /** Creates the API group on a transport; clients create it, users get it from {@code fim()}. */
  public ReactiveFimApi(MistralTransport transport) {
    this.transport = transport;
  }

  /**
   * Asks for a FIM completion and emits the whole response.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Mono<ChatCompletionResponse> complete(FimCompletionRequest request) {
    return transport.exchange(
        MistralRequest.of(COMPLETE, withDefaultModel(request).withStream(false)),
        ChatCompletionResponse.class);
  }

  /**
   * Asks for a FIM completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Flux<CompletionChunk> stream(FimCompletionRequest request) {
    return transport.stream(
        MistralRequest.of(STREAM, withDefaultModel(request).withStream(true)),
        CompletionChunk.class);
  }

  // Fails before anything is sent when neither the request nor the client names a model.
  private FimCompletionRequest withDefaultModel(FimCompletionRequest request) {
    if (request.model() != null && !request.model().isBlank()) {
      return request;
    }
    return request.withModel(
        DefaultModels.resolve(
            null,
            transport.settings().defaultModels().fim(),
            "FimCompletionRequest",
            "mistral.fim.model"));
  }
}
