package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import java.util.stream.Stream;

/** What the completion groups (chat, FIM, agents) share. */
final class Completions {

  private Completions() {}

  /** Reads a stream of chunks to its end, closing it, and folds them into one response. */
  static ChatCompletionResponse accumulate(Stream<CompletionChunk> stream) {
    try (Stream<CompletionChunk> chunks = stream) {
      ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
      chunks.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }

  /** Whether a request names its own model. */
  static boolean named(String model) {
    return model != null && !model.isBlank();
  }
}
