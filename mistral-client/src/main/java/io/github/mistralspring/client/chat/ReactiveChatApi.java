package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Chat completions ({@code POST /v1/chat/completions}), as {@link Mono} and {@link Flux}. */
public final class ReactiveChatApi {

  /** A chat completion answered in one response. */
  public static final MistralOperation COMPLETE =
      MistralOperation.statelessPost("chat", "/v1/chat/completions");

  /** A chat completion streamed as server-sent events. */
  public static final MistralOperation STREAM =
      MistralOperation.statelessStream("chat.stream", "/v1/chat/completions");

  private final MistralTransport transport;

  /** Creates the API group on a transport; clients create it, users get it from {@code chat()}. */
  public ReactiveChatApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Asks for a chat completion and emits the whole response. */
  public Mono<ChatCompletionResponse> complete(ChatCompletionRequest request) {
    return transport.exchange(
        MistralRequest.of(COMPLETE, request.withStream(false)), ChatCompletionResponse.class);
  }

  /**
   * Asks for a chat completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   */
  public Flux<CompletionChunk> stream(ChatCompletionRequest request) {
    return transport.stream(
        MistralRequest.of(STREAM, request.withStream(true)), CompletionChunk.class);
  }
}
