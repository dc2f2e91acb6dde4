package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fill-in-the-middle completions ({@code POST /v1/fim/completions}), as {@link Mono} and {@link
 * Flux}; get it from {@code ReactiveMistralClient.fim()}.
 *
 * <p>The API answers with the chat completion shapes, so this group reuses {@link
 * ChatCompletionResponse} and {@link CompletionChunk}.
 */
public interface ReactiveFimApi extends WithOptions<ReactiveFimApi> {

  /** A FIM completion answered in one response. */
  MistralOperation COMPLETE = MistralOperation.statelessPost("fim", "/v1/fim/completions");

  /** A FIM completion streamed as server-sent events. */
  MistralOperation STREAM = MistralOperation.statelessStream("fim.stream", "/v1/fim/completions");

  /**
   * Asks for a FIM completion and emits the whole response. A request that names no model uses the
   * client's default FIM model.
   *
   * @param request the prompt, the suffix and, optionally, the model
   * @return the whole completion; its first choice holds the middle
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<ChatCompletionResponse> complete(FimCompletionRequest request);

  /**
   * Asks for a FIM completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   *
   * @param request the prompt, the suffix and, optionally, the model
   * @return the chunks as they arrive
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Flux<CompletionChunk> stream(FimCompletionRequest request);
}
