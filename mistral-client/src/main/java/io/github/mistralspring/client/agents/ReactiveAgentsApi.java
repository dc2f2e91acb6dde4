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

  /**
   * Asks an agent for a completion and emits the whole response.
   *
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  Mono<ChatCompletionResponse> complete(AgentsCompletionRequest request);

  /**
   * Asks an agent for a completion as a stream of chunks, which ends after the server's {@code
   * [DONE]}. Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator}
   * folds the chunks into a whole response.
   *
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  Flux<CompletionChunk> stream(AgentsCompletionRequest request);
}
