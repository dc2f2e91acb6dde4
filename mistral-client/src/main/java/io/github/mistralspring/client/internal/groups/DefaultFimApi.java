package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.fim.FimApi;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.util.stream.Stream;

/** The blocking FIM group, waiting on the reactive one. */
public final class DefaultFimApi implements FimApi {

  private final ReactiveFimApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultFimApi(ReactiveFimApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ChatCompletionResponse complete(FimCompletionRequest request) {
    return Blocking.await(reactive.complete(request));
  }

  @Override
  public Stream<CompletionChunk> stream(FimCompletionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  @Override
  public ChatCompletionResponse streamAndAccumulate(FimCompletionRequest request) {
    return Completions.accumulate(stream(request));
  }

  @Override
  public FimApi withOptions(RequestOptions options) {
    return new DefaultFimApi(reactive.withOptions(options));
  }
}
