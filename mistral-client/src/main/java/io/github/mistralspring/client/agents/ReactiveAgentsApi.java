package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Agents completions ({@code POST /v1/agents/completions}), as {@link Mono} and {@link Flux}; get
 * it from {@code ReactiveMistralClient.agents()}.
 */
public interface ReactiveAgentsApi extends WithOptions<ReactiveAgentsApi> {

  /** An agents completion answered in one response. */
  MistralOperation COMPLETE = MistralOperation.statelessPost("agents", "/v1/agents/completions");

  /** An agents completion streamed as server-sent events. */
  MistralOperation STREAM =
      MistralOperation.statelessStream("agents.stream", "/v1/agents/completions");

  /** Asks an agent for a completion and emits the whole response. */
  Mono<ChatCompletionResponse> complete(AgentsCompletionRequest request);

  /**
   * Asks an agent for a completion as a stream of chunks, which ends after the server's {@code
   * [DONE]}. Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator}
   * folds the chunks into a whole response.
   */
  Flux<CompletionChunk> stream(AgentsCompletionRequest request);
}
