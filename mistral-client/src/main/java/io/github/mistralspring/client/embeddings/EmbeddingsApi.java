package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Embeddings ({@code POST /v1/embeddings}), blocking; get it from {@code
 * MistralClient.embeddings()}.
 */
public interface EmbeddingsApi extends WithOptions<EmbeddingsApi> {

  /**
   * Embeds the request's input and waits for the whole response.
   *
   * @param request the input and, optionally, the model, dimension and data type
   * @return one embedding per input text, with the tokens used
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  EmbeddingResponse embed(EmbeddingRequest request);

  /**
   * Embeds one text with the client's default embeddings model and returns its vector.
   *
   * @param text the text to embed
   * @return the text's vector
   * @throws IllegalArgumentException when the client has no default embeddings model
   */
  float[] embed(String text);

  /**
   * Embeds one text and returns its vector.
   *
   * @param model the embeddings model, such as {@code mistral-embed}; null for the client's default
   * @param text the text to embed
   * @return the text's vector
   * @throws IllegalArgumentException when neither the model nor the client's default is set
   */
  float[] embed(@Nullable String model, String text);

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, several at once, and returns
   * the vectors in the order of {@code inputs}.
   *
   * @param model the embeddings model, such as {@code mistral-embed}; null for the client's default
   * @param inputs the texts to embed
   * @param batchSize the most texts one request carries, at least 1
   * @return one vector per text, in the order of {@code inputs}
   * @throws IllegalArgumentException when the model is missing or the batch size is below 1
   */
  List<float[]> embedAll(@Nullable String model, List<String> inputs, int batchSize);

  /**
   * Embeds the texts of {@code template} in requests of at most {@code batchSize} texts, each with
   * the template's other values, and returns the vectors in the order of the input.
   *
   * @param template the texts to embed, and the values every request of them carries
   * @param batchSize the most texts one request carries, at least 1
   * @return one vector per text, in the order of the template's input
   * @throws IllegalArgumentException when neither the request nor the client names a model or the
   *     batch size is below 1
   */
  List<float[]> embedAll(EmbeddingRequest template, int batchSize);
}
