package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
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
    ChatCompletionRequest body = prepare(request, false);
    return calls.exchange(
        MistralRequest.of(COMPLETE, body).model(body.model()), ChatCompletionResponse.class);
  }

  @Override
  public Mono<String> complete(String prompt) {
    return complete(ChatCompletionRequest.builder().addUserMessage(prompt).build())
        .mapNotNull(ChatCompletionResponse::firstContent);
  }

  @Override
  public Flux<CompletionChunk> stream(ChatCompletionRequest request) {
    ChatCompletionRequest body = prepare(request, true);
    return calls.stream(MistralRequest.of(STREAM, body).model(body.model()), CompletionChunk.class);
  }

  private ChatCompletionRequest prepare(ChatCompletionRequest request, boolean stream) {
    ChatCompletionRequest withStream = request.withStream(stream);
    if (Completions.named(request.model())) {
      return withStream;
    }
    String model = calls.defaultModels().chatFor(null, "ChatCompletionRequest");
    return withStream.toBuilder().model(model).build();
  }
}
