package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.WithOptions;
import java.util.stream.Stream;

/**
 * Fill-in-the-middle completions ({@code POST /v1/fim/completions}), blocking; get it from {@code
 * MistralClient.fim()}.
 */
public interface FimApi extends WithOptions<FimApi> {

  /**
   * Asks for a FIM completion and waits for the whole response.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  ChatCompletionResponse complete(FimCompletionRequest request);

  /**
   * Asks for a FIM completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection. Closing it from another thread or
   * interrupting its reader ends it as {@link io.github.mistralspring.client.chat.ChatApi#stream}
   * says.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Stream<CompletionChunk> stream(FimCompletionRequest request);

  /** Streams a FIM completion and returns the chunks folded into a whole response. */
  ChatCompletionResponse streamAndAccumulate(FimCompletionRequest request);
}
