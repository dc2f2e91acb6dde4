package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.util.stream.Stream;

/** Chat completions ({@code POST /v1/chat/completions}), blocking. */
public final class ChatApi {

  private final ReactiveChatApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ChatApi(ReactiveChatApi reactive) {
    this.reactive = reactive;
  }

  /** Asks for a chat completion and waits for the whole response. */
  public ChatCompletionResponse complete(ChatCompletionRequest request) {
    return Blocking.await(reactive.complete(request));
  }

  /** Sends one user message to the default chat model and returns the answer's text. */
  public String complete(String prompt) {
    return Blocking.await(reactive.complete(prompt));
  }

  /**
   * Asks for a chat completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   */
  public Stream<CompletionChunk> stream(ChatCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  /** Streams a chat completion and returns the chunks folded into a whole response. */
  public ChatCompletionResponse streamAndAccumulate(ChatCompletionRequest request) {
    try (Stream<CompletionChunk> chunks = stream(request)) {
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      chunks.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }
}
