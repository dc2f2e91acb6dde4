package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.core.WithOptions;
import java.util.stream.Stream;

/**
 * Chat completions ({@code POST /v1/chat/completions}), blocking; get it from {@code
 * MistralClient.chat()}.
 */
public interface ChatApi extends WithOptions<ChatApi> {

  /** Asks for a chat completion and waits for the whole response. */
  ChatCompletionResponse complete(ChatCompletionRequest request);

  /** Sends one user message to the default chat model and returns the answer's text. */
  String complete(String prompt);

  /**
   * Asks for a chat completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   */
  Stream<CompletionChunk> stream(ChatCompletionRequest request);

  /** Streams a chat completion and returns the chunks folded into a whole response. */
  ChatCompletionResponse streamAndAccumulate(ChatCompletionRequest request);
}
