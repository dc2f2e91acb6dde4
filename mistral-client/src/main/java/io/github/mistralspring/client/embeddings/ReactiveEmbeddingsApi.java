package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
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
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<EmbeddingResponse> embed(EmbeddingRequest request);

  /** Embeds one text with the client's default embeddings model and emits its vector. */
  Mono<float[]> embed(String text);

  /**
   * Embeds one text and emits its vector.
   *
   * @throws IllegalArgumentException when neither the model nor the client's default is set
   */
  Mono<float[]> embed(String model, String text);

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, up to {@value
   * #BATCH_CONCURRENCY} at once, and emits the vectors in the order of {@code inputs}.
   *
   * @throws IllegalArgumentException when the model is missing or the batch size is below 1
   */
  Mono<List<float[]>> embedAll(String model, List<String> inputs, int batchSize);

  /**
   * Embeds the texts of {@code template} in requests of at most {@code batchSize} texts, each with
   * the template's other values (model, dimension, data type...), up to {@value #BATCH_CONCURRENCY}
   * at once, and emits the vectors in the order of the input.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model or the
   *     batch size is below 1
   */
  Mono<List<float[]>> embedAll(EmbeddingRequest template, int batchSize);
}
