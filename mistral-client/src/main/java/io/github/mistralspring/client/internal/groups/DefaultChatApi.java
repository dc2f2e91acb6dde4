package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatApi;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.util.stream.Stream;

/** The blocking chat group, waiting on the reactive one. */
public final class DefaultChatApi implements ChatApi {

  private final ReactiveChatApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultChatApi(ReactiveChatApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ChatCompletionResponse complete(ChatCompletionRequest request) {
    return Blocking.await(reactive.complete(request));
  }

  @Override
  public String complete(String prompt) {
    return Blocking.await(reactive.complete(prompt));
  }

  @Override
  public Stream<CompletionChunk> stream(ChatCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  @Override
  public ChatCompletionResponse streamAndAccumulate(ChatCompletionRequest request) {
    return Completions.accumulate(stream(request));
  }

  @Override
  public ChatApi withOptions(RequestOptions options) {
    return new DefaultChatApi(reactive.withOptions(options));
  }
}
