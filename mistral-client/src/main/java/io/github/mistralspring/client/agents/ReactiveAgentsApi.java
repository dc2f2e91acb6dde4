package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Agents completions ({@code POST /v1/agents/completions}), as {@link Mono} and {@link Flux}. */
public final class ReactiveAgentsApi {

  /** An agents completion answered in one response. */
  public static final MistralOperation COMPLETE =
      MistralOperation.statelessPost("agents", "/v1/agents/completions");

  /** An agents completion streamed as server-sent events. */
  public static final MistralOperation STREAM =
      MistralOperation.statelessStream("agents.stream", "/v1/agents/completions");

  private final MistralTransport transport;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code agents()}.
   */
  public ReactiveAgentsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Asks an agent for a completion and emits the whole response. */
  public Mono<ChatCompletionResponse> complete(AgentsCompletionRequest request) {
    return transport.exchange(
        MistralRequest.of(COMPLETE, request.withStream(false)), ChatCompletionResponse.class);
  }

  /**
   * Asks an agent for a completion as a stream of chunks, which ends after the server's {@code
   * [DONE]}. Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator}
   * folds the chunks into a whole response.
   */
  public Flux<CompletionChunk> stream(AgentsCompletionRequest request) {
    return transport.stream(
        MistralRequest.of(STREAM, request.withStream(true)), CompletionChunk.class);
  }
}
