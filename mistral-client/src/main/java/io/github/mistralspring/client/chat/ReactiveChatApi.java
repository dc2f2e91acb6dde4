package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Chat completions ({@code POST /v1/chat/completions}), as {@link Mono} and {@link Flux}; get it
 * from {@code ReactiveMistralClient.chat()}.
 */
public interface ReactiveChatApi extends WithOptions<ReactiveChatApi> {

  /** A chat completion answered in one response. */
  MistralOperation COMPLETE = MistralOperation.statelessPost("chat", "/v1/chat/completions");

  /** A chat completion streamed as server-sent events. */
  MistralOperation STREAM = MistralOperation.statelessStream("chat.stream", "/v1/chat/completions");

  /**
   * Asks for a chat completion and emits the whole response. A request that names no model uses the
   * client's default chat model.
   */
  Mono<ChatCompletionResponse> complete(ChatCompletionRequest request);

  /** Sends one user message to the default chat model and emits the answer's text. */
  Mono<String> complete(String prompt);

  /**
   * Asks for a chat completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   */
  Flux<CompletionChunk> stream(ChatCompletionRequest request);
}
