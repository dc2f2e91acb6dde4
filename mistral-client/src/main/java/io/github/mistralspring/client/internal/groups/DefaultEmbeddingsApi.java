package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.embeddings.EmbeddingsApi;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking embeddings group, waiting on the reactive one. */
public final class DefaultEmbeddingsApi implements EmbeddingsApi {

  private final ReactiveEmbeddingsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultEmbeddingsApi(ReactiveEmbeddingsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public EmbeddingResponse embed(EmbeddingRequest request) {
    return Blocking.await(reactive.embed(request));
  }

  @Override
  public float[] embed(String text) {
    return Blocking.await(reactive.embed(text));
  }

  @Override
  public float[] embed(String model, String text) {
    return Blocking.await(reactive.embed(model, text));
  }

  @Override
  public List<float[]> embedAll(String model, List<String> inputs, int batchSize) {
    return Blocking.await(reactive.embedAll(model, inputs, batchSize));
  }

  @Override
  public List<float[]> embedAll(EmbeddingRequest template, int batchSize) {
    return Blocking.await(reactive.embedAll(template, batchSize));
  }

  @Override
  public EmbeddingsApi withOptions(RequestOptions options) {
    return new DefaultEmbeddingsApi(reactive.withOptions(options));
  }
}
