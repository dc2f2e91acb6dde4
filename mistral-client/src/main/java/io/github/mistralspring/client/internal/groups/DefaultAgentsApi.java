package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.agents.AgentsApi;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.util.stream.Stream;

/** The blocking agents completions group, waiting on the reactive one. */
// Implements the deprecated API for as long as it is offered.
@SuppressWarnings("deprecation")
public final class DefaultAgentsApi implements AgentsApi {

  private final ReactiveAgentsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultAgentsApi(ReactiveAgentsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ChatCompletionResponse complete(AgentsCompletionRequest request) {
    return Blocking.await(reactive.complete(request));
  }

  @Override
  public Stream<CompletionChunk> stream(AgentsCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  @Override
  public ChatCompletionResponse streamAndAccumulate(AgentsCompletionRequest request) {
    return Completions.accumulate(stream(request));
  }

  @Override
  public AgentsApi withOptions(RequestOptions options) {
    return new DefaultAgentsApi(reactive.withOptions(options));
  }
}
