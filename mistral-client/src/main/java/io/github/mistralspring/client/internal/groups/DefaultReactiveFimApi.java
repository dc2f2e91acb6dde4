package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
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
    FimCompletionRequest body = withDefaultModel(request).withStream(false);
    return calls.exchange(
        MistralRequest.of(COMPLETE, body).model(body.model()), ChatCompletionResponse.class);
  }

  @Override
  public Flux<CompletionChunk> stream(FimCompletionRequest request) {
    FimCompletionRequest body = withDefaultModel(request).withStream(true);
    return calls.stream(MistralRequest.of(STREAM, body).model(body.model()), CompletionChunk.class);
  }

  // Fails before anything is sent when neither the request nor the client names a model.
  private FimCompletionRequest withDefaultModel(FimCompletionRequest request) {
    if (Completions.named(request.model())) {
      return request;
    }
    return request.withModel(calls.defaultModels().fimFor(null, "FimCompletionRequest"));
  }
}
