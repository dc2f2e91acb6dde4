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
   * @param request the prompt, the suffix and, optionally, the model
   * @return the whole completion; its first choice holds the middle
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  ChatCompletionResponse complete(FimCompletionRequest request);

  /**
   * Asks for a FIM completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection. Closing it from another thread or
   * interrupting its reader ends it as {@link io.github.mistralspring.client.chat.ChatApi#stream}
   * says.
   *
   * @param request the prompt, the suffix and, optionally, the model
   * @return the chunks as they arrive; to close
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Stream<CompletionChunk> stream(FimCompletionRequest request);

  /**
   * Streams a FIM completion and returns the chunks folded into a whole response.
   *
   * @param request the prompt, the suffix and, optionally, the model
   * @return the completion as one response, as {@link #complete} would give it
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  ChatCompletionResponse streamAndAccumulate(FimCompletionRequest request);
}
