package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import java.util.stream.Stream;

/** Agents completions ({@code POST /v1/agents/completions}), blocking. */
public final class AgentsApi {

  private final ReactiveAgentsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public AgentsApi(ReactiveAgentsApi reactive) {
    this.reactive = reactive;
  }

  /** Asks an agent for a completion and waits for the whole response. */
  public ChatCompletionResponse complete(AgentsCompletionRequest request) {
    return reactive.complete(request).block();
  }

  /**
   * Asks an agent for a completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   */
  public Stream<CompletionChunk> stream(AgentsCompletionRequest request) {
    return reactive.stream(request).toStream();
  }

  /** Streams an agents completion and returns the chunks folded into a whole response. */
  public ChatCompletionResponse streamAndAccumulate(AgentsCompletionRequest request) {
    try (Stream<CompletionChunk> chunks = stream(request)) {
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      chunks.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }
}
