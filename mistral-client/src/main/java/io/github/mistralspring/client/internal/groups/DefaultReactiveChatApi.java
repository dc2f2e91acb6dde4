package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive chat group. */
public final class DefaultReactiveChatApi extends CallsGroup<ReactiveChatApi>
    implements ReactiveChatApi {

  /** The group on a client's calls. */
  public DefaultReactiveChatApi(Calls calls) {
    super(calls, DefaultReactiveChatApi::new);
  }

  @Override
  public Mono<ChatCompletionResponse> complete(ChatCompletionRequest request) {
    return calls.exchange(
        Completions.observedAsCompletion(prepare(COMPLETE, request, false)),
        ChatCompletionResponse.class);
  }

  @Override
  public Mono<String> complete(String prompt) {
    return complete(ChatCompletionRequest.builder().addUserMessage(prompt).build())
        .mapNotNull(ChatCompletionResponse::firstContent);
  }

  @Override
  public Flux<CompletionChunk> stream(ChatCompletionRequest request) {
    return calls.stream(
        Completions.observedAsChunks(prepare(STREAM, request, true)), CompletionChunk.class);
  }

  // The stream flag and the default model go on the wire beside the request, never into a copy.
  private MistralRequest prepare(
      MistralOperation operation, ChatCompletionRequest request, boolean stream) {
    return Completions.call(
        operation,
        Objects.requireNonNull(request, "request"),
        request.model(),
        "ChatCompletionRequest",
        () -> calls.defaultModels().chatFor(null, "ChatCompletionRequest"),
        stream);
  }
}
