package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.util.stream.Stream;

/** Fill-in-the-middle completions ({@code POST /v1/fim/completions}), blocking. */
public final class FimApi {

  private final ReactiveFimApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public FimApi(ReactiveFimApi reactive) {
    this.reactive = reactive;
  }

  /**
   * Asks for a FIM completion and waits for the whole response.
   *
   * @throws IllegalArgumentException when the request has no model
   */
  public ChatCompletionResponse complete(FimCompletionRequest request) {
    return Blocking.await(reactive.complete(request));
  }

  /**
   * Asks for a FIM completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   *
   * @throws IllegalArgumentException when the request has no model
   */
  public Stream<CompletionChunk> stream(FimCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  /** Streams a FIM completion and returns the chunks folded into a whole response. */
  public ChatCompletionResponse streamAndAccumulate(FimCompletionRequest request) {
    try (Stream<CompletionChunk> chunks = stream(request)) {
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      chunks.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }
}
