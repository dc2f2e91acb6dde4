package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Embeddings ({@code POST /v1/embeddings}), blocking; get it from {@code
 * MistralClient.embeddings()}.
 */
public interface EmbeddingsApi extends WithOptions<EmbeddingsApi> {

  /**
   * Embeds the request's input and waits for the whole response.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  EmbeddingResponse embed(EmbeddingRequest request);

  /** Embeds one text with the client's default embeddings model and returns its vector. */
  float[] embed(String text);

  /**
   * Embeds one text and returns its vector.
   *
   * @throws IllegalArgumentException when neither the model nor the client's default is set
   */
  float[] embed(String model, String text);

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, several at once, and returns
   * the vectors in the order of {@code inputs}.
   *
   * @throws IllegalArgumentException when the model is missing or the batch size is below 1
   */
  List<float[]> embedAll(String model, List<String> inputs, int batchSize);

  /**
   * Embeds the texts of {@code template} in requests of at most {@code batchSize} texts, each with
   * the template's other values, and returns the vectors in the order of the input.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model or the
   *     batch size is below 1
   */
  List<float[]> embedAll(EmbeddingRequest template, int batchSize);
}
