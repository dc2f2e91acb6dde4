package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
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
    return Blocking.await(reactive.complete(request));
  }

  /**
   * Asks an agent for a completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   */
  public Stream<CompletionChunk> stream(AgentsCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
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
