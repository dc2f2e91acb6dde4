package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** Embeddings ({@code POST /v1/embeddings}), blocking. */
public final class EmbeddingsApi {

  private final ReactiveEmbeddingsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public EmbeddingsApi(ReactiveEmbeddingsApi reactive) {
    this.reactive = reactive;
  }

  /**
   * Embeds the request's input and waits for the whole response.
   *
   * @throws IllegalArgumentException when the request has no model
   */
  public EmbeddingResponse create(EmbeddingRequest request) {
    return Blocking.await(reactive.create(request));
  }

  /** Embeds one text with the client's default embeddings model and returns its vector. */
  public float[] embed(String text) {
    return Blocking.await(reactive.embed(text));
  }

  /**
   * Embeds one text and returns its vector.
   *
   * @throws IllegalArgumentException when the model is null
   */
  public float[] embed(String model, String text) {
    return Blocking.await(reactive.embed(model, text));
  }

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, several at once, and returns
   * the vectors in the order of {@code inputs}.
   *
   * @throws IllegalArgumentException when the model is null or the batch size is below 1
   */
  public List<float[]> embedAll(String model, List<String> inputs, int batchSize) {
    return Blocking.await(reactive.embedAll(model, inputs, batchSize));
  }

  /**
   * Embeds the texts of {@code request} in requests of at most {@code batchSize} texts, each with
   * the request's other values, and returns the vectors in the order of the input.
   *
   * @throws IllegalArgumentException when the request has no model or the batch size is below 1
   */
  public List<float[]> embedAll(EmbeddingRequest request, int batchSize) {
    return Blocking.await(reactive.embedAll(request, batchSize));
  }
}
