package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive FIM group. */
public final class DefaultReactiveFimApi extends CallsGroup<ReactiveFimApi>
    implements ReactiveFimApi {

  /** The group on a client's calls. */
  public DefaultReactiveFimApi(Calls calls) {
    super(calls, DefaultReactiveFimApi::new);
  }

  @Override
  public Mono<ChatCompletionResponse> complete(FimCompletionRequest request) {
    return calls.exchange(
        Completions.observedAsCompletion(prepare(COMPLETE, request, false)),
        ChatCompletionResponse.class);
  }

  @Override
  public Flux<CompletionChunk> stream(FimCompletionRequest request) {
    return calls.stream(
        Completions.observedAsChunks(prepare(STREAM, request, true)), CompletionChunk.class);
  }

  // Fails before anything is sent when neither the request nor the client names a model; the
  // stream flag and the default model go on the wire beside the request, never into a copy.
  private MistralRequest prepare(
      MistralOperation operation, FimCompletionRequest request, boolean stream) {
    return Completions.call(
        operation,
        Objects.requireNonNull(request, "request"),
        request.model(),
        "FimCompletionRequest",
        () -> calls.defaultModels().fimFor(null, "FimCompletionRequest"),
        stream);
  }
}
