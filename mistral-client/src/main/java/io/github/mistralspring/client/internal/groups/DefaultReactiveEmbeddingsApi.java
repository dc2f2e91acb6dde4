package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.embeddings.EmbeddingInput;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.ObservedValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The reactive embeddings group. */
public final class DefaultReactiveEmbeddingsApi extends CallsGroup<ReactiveEmbeddingsApi>
    implements ReactiveEmbeddingsApi {

  /** The group on a client's calls. */
  public DefaultReactiveEmbeddingsApi(Calls calls) {
    super(calls, DefaultReactiveEmbeddingsApi::new);
  }

  @Override
  public Mono<EmbeddingResponse> embed(EmbeddingRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        Completions.withDefaultModel(
                CREATE, request, request.model(), "EmbeddingRequest", this::defaultModel)
            .observed(
                EmbeddingResponse.class,
                response ->
                    new ObservedValues(
                        response.id(), response.model(), response.usage(), List.of(), null)),
        EmbeddingResponse.class);
  }

  @Override
  public Mono<float[]> embed(String text) {
    return embed(null, text);
  }

  @Override
  public Mono<float[]> embed(String model, String text) {
    return embed(EmbeddingRequest.of(model, Objects.requireNonNull(text, "text")))
        .map(response -> single(response, 1).get(0));
  }

  @Override
  public Mono<List<float[]>> embedAll(String model, List<String> inputs, int batchSize) {
    return embedAll(EmbeddingRequest.of(model, inputs), batchSize);
  }

  @Override
  public Mono<List<float[]>> embedAll(EmbeddingRequest template, int batchSize) {
    Objects.requireNonNull(template, "request");
    // Fails before anything is sent when neither the request nor the client names a model.
    Completions.defaultModel(template.model(), "EmbeddingRequest", this::defaultModel);
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    List<String> texts = template.input().texts();
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
                embed(template.withInput(EmbeddingInput.of(batch)))
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

  private String defaultModel() {
    return calls.defaultModels().embeddingsFor(null, "EmbeddingRequest");
  }
}
