package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.DefaultModels;
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

  /**
   * Asks for a chat completion and emits the whole response. A request that names no model uses the
   * client's default chat model.
   */
  public Mono<ChatCompletionResponse> complete(ChatCompletionRequest request) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(COMPLETE, prepare(request, false)),
                ChatCompletionResponse.class));
  }

  /** Sends one user message to the default chat model and emits the answer's text. */
  public Mono<String> complete(String prompt) {
    return complete(ChatCompletionRequest.builder().addUserMessage(prompt).build())
        .mapNotNull(ChatCompletionResponse::firstContent);
  }

  /**
   * Asks for a chat completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   */
  public Flux<CompletionChunk> stream(ChatCompletionRequest request) {
    return Flux.defer(
        () ->
            transport.stream(
                MistralRequest.of(STREAM, prepare(request, true)), CompletionChunk.class));
  }

  private ChatCompletionRequest prepare(ChatCompletionRequest request, boolean stream) {
    ChatCompletionRequest withStream = request.withStream(stream);
    if (request.model() != null && !request.model().isBlank()) {
      return withStream;
    }
    String model =
        DefaultModels.resolve(
            null,
            transport.settings().defaultModels().chat(),
            "ChatCompletionRequest",
            "mistral.chat.model");
    return withStream.toBuilder().model(model).build();
  }
}
