package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive FIM group. */
public final class DefaultReactiveFimApi implements ReactiveFimApi {

  private final Calls calls;

  /** The group on a client's calls. */
  public DefaultReactiveFimApi(Calls calls) {
    this.calls = calls;
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

  @Override
  public ReactiveFimApi withOptions(RequestOptions options) {
    return new DefaultReactiveFimApi(calls.with(Objects.requireNonNull(options, "options")));
  }
}
