package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Embeddings ({@code POST /v1/embeddings}), as {@link Mono}; get it from {@code
 * ReactiveMistralClient.embeddings()}.
 */
public interface ReactiveEmbeddingsApi extends WithOptions<ReactiveEmbeddingsApi> {

  /** An embeddings request. */
  MistralOperation CREATE = MistralOperation.statelessPost("embeddings", "/v1/embeddings");

  /** How many batches {@code embedAll} has in flight at once. */
  int BATCH_CONCURRENCY = 4;

  /**
   * Embeds the request's input and emits the whole response.
   *
   * @param request the input and, optionally, the model, dimension and data type
   * @return one embedding per input text, with the tokens used
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<EmbeddingResponse> embed(EmbeddingRequest request);

  /**
   * Embeds one text with the client's default embeddings model and emits its vector.
   *
   * @param text the text to embed
   * @return the text's vector
   * @throws IllegalArgumentException when the client has no default embeddings model
   */
  Mono<float[]> embed(String text);

  /**
   * Embeds one text and emits its vector.
   *
   * @param model the embeddings model, such as {@code mistral-embed}; null for the client's default
   * @param text the text to embed
   * @return the text's vector
   * @throws IllegalArgumentException when neither the model nor the client's default is set
   */
  Mono<float[]> embed(@Nullable String model, String text);

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, up to {@value
   * #BATCH_CONCURRENCY} at once, and emits the vectors in the order of {@code inputs}.
   *
   * @param model the embeddings model, such as {@code mistral-embed}; null for the client's default
   * @param inputs the texts to embed
   * @param batchSize the most texts one request carries, at least 1
   * @return one vector per text, in the order of {@code inputs}
   * @throws IllegalArgumentException when the model is missing or the batch size is below 1
   */
  Mono<List<float[]>> embedAll(@Nullable String model, List<String> inputs, int batchSize);

  /**
   * Embeds the texts of {@code template} in requests of at most {@code batchSize} texts, each with
   * the template's other values (model, dimension, data type...), up to {@value #BATCH_CONCURRENCY}
   * at once, and emits the vectors in the order of the input.
   *
   * @param template the texts to embed, and the values every request of them carries
   * @param batchSize the most texts one request carries, at least 1
   * @return one vector per text, in the order of the template's input
   * @throws IllegalArgumentException when neither the request nor the client names a model or the
   *     batch size is below 1
   */
  Mono<List<float[]>> embedAll(EmbeddingRequest template, int batchSize);
}
