package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive agents completions group. */
// Implements the deprecated API for as long as it is offered.
@SuppressWarnings("deprecation")
public final class DefaultReactiveAgentsApi extends CallsGroup<ReactiveAgentsApi>
    implements ReactiveAgentsApi {

  /** The group on a client's calls. */
  public DefaultReactiveAgentsApi(Calls calls) {
    super(calls, DefaultReactiveAgentsApi::new);
  }

  @Override
  public Mono<ChatCompletionResponse> complete(AgentsCompletionRequest request) {
    return calls.exchange(
        Completions.observedAsCompletion(
            MistralRequest.of(COMPLETE, Objects.requireNonNull(request, "request"))
                .bodyProperty("stream", false)),
        ChatCompletionResponse.class);
  }

  @Override
  public Flux<CompletionChunk> stream(AgentsCompletionRequest request) {
    return calls.stream(
        Completions.observedAsChunks(
            MistralRequest.of(STREAM, Objects.requireNonNull(request, "request"))
                .bodyProperty("stream", true)),
        CompletionChunk.class);
  }
}
