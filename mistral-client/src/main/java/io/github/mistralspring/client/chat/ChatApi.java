package io.github.mistralspring.client.chat;

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
    return reactive.complete(request).block();
  }

  /** Sends one user message to the default chat model and returns the answer's text. */
  public String complete(String prompt) {
    return reactive.complete(prompt).block();
  }

  /**
   * Asks for a chat completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   */
  public Stream<CompletionChunk> stream(ChatCompletionRequest request) {
    return reactive.stream(request).toStream();
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
