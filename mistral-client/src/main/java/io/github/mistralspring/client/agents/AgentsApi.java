package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.WithOptions;
import java.util.stream.Stream;

/**
 * Agents completions ({@code POST /v1/agents/completions}), blocking; get it from {@code
 * MistralClient.agents()}.
 */
public interface AgentsApi extends WithOptions<AgentsApi> {

  /** Asks an agent for a completion and waits for the whole response. */
  ChatCompletionResponse complete(AgentsCompletionRequest request);

  /**
   * Asks an agent for a completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection. Closing it from another thread or
   * interrupting its reader ends it as {@link io.github.mistralspring.client.chat.ChatApi#stream}
   * says.
   */
  Stream<CompletionChunk> stream(AgentsCompletionRequest request);

  /** Streams an agents completion and returns the chunks folded into a whole response. */
  ChatCompletionResponse streamAndAccumulate(AgentsCompletionRequest request);
}
