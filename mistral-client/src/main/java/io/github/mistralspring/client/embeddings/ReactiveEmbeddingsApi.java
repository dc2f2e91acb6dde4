package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.internal.DefaultModels;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Embeddings ({@code POST /v1/embeddings}), as {@link Mono}. */
public final class ReactiveEmbeddingsApi {

  /** An embeddings request. */
  public static final MistralOperation CREATE =
      MistralOperation.statelessPost("embeddings", "/v1/embeddings");

  /** How many batches {@code embedAll} has in flight at once. */
  public static final int BATCH_CONCURRENCY = 4;

  private final MistralTransport transport;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code
   * embeddings()}.
   */
  public ReactiveEmbeddingsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /**
   * Embeds the request's input and emits the whole response.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Mono<EmbeddingResponse> create(EmbeddingRequest request) {
    return transport.exchange(
        MistralRequest.of(CREATE, withDefaultModel(request)), EmbeddingResponse.class);
  }

  /** Embeds one text with the client's default embeddings model and emits its vector. */
  public Mono<float[]> embed(String text) {
    return embed(null, text);
  }

  /**
   * Embeds one text and emits its vector.
   *
   * @throws IllegalArgumentException when the model is null
   */
  public Mono<float[]> embed(String model, String text) {
    return create(EmbeddingRequest.of(model, Objects.requireNonNull(text, "text")))
        .map(response -> single(response, 1).get(0));
  }

  /**
   * Embeds many texts in requests of at most {@code batchSize} texts, up to {@value
   * #BATCH_CONCURRENCY} at once, and emits the vectors in the order of {@code inputs}.
   *
   * @throws IllegalArgumentException when the model is null or the batch size is below 1
   */
  public Mono<List<float[]>> embedAll(String model, List<String> inputs, int batchSize) {
    return embedAll(EmbeddingRequest.of(model, inputs), batchSize);
  }

  /**
   * Embeds the texts of {@code request} in requests of at most {@code batchSize} texts, each with
   * the request's other values (model, dimension, data type...), up to {@value #BATCH_CONCURRENCY}
   * at once, and emits the vectors in the order of the input.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model or the
   *     batch size is below 1
   */
  public Mono<List<float[]>> embedAll(EmbeddingRequest template, int batchSize) {
    EmbeddingRequest request = withDefaultModel(template);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    List<String> texts = request.input().texts();
    if (texts.isEmpty()) {
      return Mono.just(List.of());
    }
    List<List<String>> batches = new ArrayList<>();
    for (int start = 0; start < texts.size(); start += batchSize) {
      batches.add(texts.subList(start, Math.min(start + batchSize, texts.size())));
    }
    return Flux.fromIterable(batches)
        .flatMapSequential(
            batch ->
                create(request.withInput(EmbeddingInput.of(batch)))
                    .map(response -> single(response, batch.size())),
            BATCH_CONCURRENCY)
        .collect(
            () -> new ArrayList<float[]>(texts.size()),
            (all, batchVectors) -> all.addAll(batchVectors))
        .map(List::copyOf);
  }

  // A response with a vector missing (or extra) would shift every later vector onto the wrong text.
  private static List<float[]> single(EmbeddingResponse response, int expected) {
    List<float[]> vectors = response.vectors();
    if (vectors.size() != expected) {
      throw new MistralException(
          "The embeddings response has "
              + vectors.size()
              + " vectors for "
              + expected
              + " input texts");
    }
    return vectors;
  }

  // Fails before anything is sent when neither the request nor the client names a model.
  private EmbeddingRequest withDefaultModel(EmbeddingRequest request) {
    if (request.model() != null && !request.model().isBlank()) {
      return request;
    }
    return request.withModel(
        DefaultModels.resolve(
            null,
            transport.settings().defaultModels().embeddings(),
            "EmbeddingRequest",
            "mistral.embeddings.model"));
  }
}
