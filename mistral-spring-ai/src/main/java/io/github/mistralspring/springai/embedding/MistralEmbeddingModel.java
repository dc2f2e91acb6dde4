package io.github.mistralspring.springai.embedding;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.embeddings.EmbeddingInput;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingResponseMetadata;
import reactor.core.publisher.Flux;

/**
 * Spring AI's {@link EmbeddingModel} on the Mistral client. Many texts go in requests of at most
 * {@link Builder#batchSize(int) batchSize} texts, up to {@value
 * ReactiveEmbeddingsApi#BATCH_CONCURRENCY} at once, and the vectors come back in the order of the
 * texts; the usage is the sum over the requests.
 */
public final class MistralEmbeddingModel implements EmbeddingModel {

  /** The batch size when none is set. */
  public static final int DEFAULT_BATCH_SIZE = 128;

  private final MistralClient client;
  private final MistralEmbeddingOptions defaultOptions;
  private final int batchSize;
  private final AtomicInteger dimensions = new AtomicInteger();

  private MistralEmbeddingModel(
      MistralClient client, MistralEmbeddingOptions defaultOptions, int batchSize) {
    this.client = client;
    this.defaultOptions = defaultOptions;
    this.batchSize = batchSize;
  }

  /** {@return a builder; {@link Builder#mistralClient(MistralClient)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public org.springframework.ai.embedding.EmbeddingResponse call(
      org.springframework.ai.embedding.EmbeddingRequest request) {
    Objects.requireNonNull(request, "request");
    MistralEmbeddingOptions options = defaultOptions.merge(request.getOptions());
    List<String> texts = request.getInstructions();
    if (texts.isEmpty()) {
      return new org.springframework.ai.embedding.EmbeddingResponse(List.of());
    }
    List<EmbeddingResponse> responses =
        Flux.fromIterable(batches(texts))
            .flatMapSequential(
                batch -> client.reactive().embeddings().embed(request(options, batch)),
                ReactiveEmbeddingsApi.BATCH_CONCURRENCY)
            .collectList()
            .block();
    List<Embedding> embeddings = new ArrayList<>(texts.size());
    int promptTokens = 0;
    int totalTokens = 0;
    String model = null;
    for (EmbeddingResponse response : Objects.requireNonNull(responses, "responses")) {
      for (float[] vector : response.vectors()) {
        embeddings.add(new Embedding(vector, embeddings.size()));
      }
      UsageInfo usage = response.usage();
      if (usage != null) {
        promptTokens += usage.promptTokens() == null ? 0 : usage.promptTokens();
        totalTokens += usage.totalTokens() == null ? 0 : usage.totalTokens();
      }
      model = model == null ? response.model() : model;
    }
    // A batch with a vector missing (or extra) would shift every later vector onto the wrong text.
    if (embeddings.size() != texts.size()) {
      throw new MistralException(
          "The embeddings responses hold "
              + embeddings.size()
              + " vectors for "
              + texts.size()
              + " input texts");
    }
    return new org.springframework.ai.embedding.EmbeddingResponse(
        embeddings,
        new EmbeddingResponseMetadata(
            model == null ? Objects.toString(options.getModel(), "") : model,
            new DefaultUsage(promptTokens, 0, totalTokens)));
  }

  private List<List<String>> batches(List<String> texts) {
    List<List<String>> batches = new ArrayList<>();
    for (int start = 0; start < texts.size(); start += batchSize) {
      batches.add(texts.subList(start, Math.min(start + batchSize, texts.size())));
    }
    return batches;
  }

  private static EmbeddingRequest request(MistralEmbeddingOptions options, List<String> batch) {
    return EmbeddingRequest.builder()
        .model(options.getModel())
        .input(EmbeddingInput.of(batch))
        .outputDimension(options.getDimensions())
        .build();
  }

  @Override
  public float[] embed(Document document) {
    String text = getEmbeddingContent(Objects.requireNonNull(document, "document"));
    if (text == null) {
      throw new IllegalArgumentException(
          "Document " + document.getId() + " has no text to embed (a media document?)");
    }
    return embed(text);
  }

  /**
   * The dimension of the vectors: the one the options set, else the model's own for {@code
   * mistral-embed} (1024) and {@code codestral-embed} (1536), else the length of one vector fetched
   * once.
   */
  @Override
  public int dimensions() {
    if (defaultOptions.getDimensions() != null) {
      return defaultOptions.getDimensions();
    }
    String model = Objects.toString(defaultOptions.getModel(), "");
    if (model.startsWith("mistral-embed")) {
      return 1024;
    }
    if (model.startsWith("codestral-embed")) {
      return 1536;
    }
    int known = dimensions.get();
    if (known == 0) {
      known = embed("dimension probe").length;
      dimensions.set(known);
    }
    return known;
  }

  /** {@return the options every call starts from; a request's own options add to them} */
  public MistralEmbeddingOptions getOptions() {
    return defaultOptions;
  }

  @Override
  public String toString() {
    return "MistralEmbeddingModel[" + defaultOptions + ", batchSize=" + batchSize + "]";
  }

  /** Builds a {@link MistralEmbeddingModel}. */
  public static final class Builder {

    private MistralClient mistralClient;
    private MistralEmbeddingOptions defaultOptions = MistralEmbeddingOptions.builder().build();
    private int batchSize = DEFAULT_BATCH_SIZE;

    private Builder() {}

    /**
     * Sets the client to call; required.
     *
     * @param mistralClient the client
     * @return this builder
     */
    public Builder mistralClient(MistralClient mistralClient) {
      this.mistralClient = mistralClient;
      return this;
    }

    /**
     * Sets the options every call starts from; a request's own options add to them.
     *
     * @param defaultOptions embedding options of any type; their model and dimensions are taken
     * @return this builder
     */
    public Builder defaultOptions(EmbeddingOptions defaultOptions) {
      Objects.requireNonNull(defaultOptions, "defaultOptions");
      this.defaultOptions = MistralEmbeddingOptions.builder().build().merge(defaultOptions);
      return this;
    }

    /**
     * Sets the most texts sent in one request; more texts go in several requests.
     *
     * @param batchSize 1 or more; {@value #DEFAULT_BATCH_SIZE} by default
     * @return this builder
     * @throws IllegalArgumentException if the size is below 1
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be 1 or more, was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the embedding model
     * @throws IllegalStateException if no client was set
     */
    public MistralEmbeddingModel build() {
      if (mistralClient == null) {
        throw new IllegalStateException(
            "MistralEmbeddingModel needs a client: call mistralClient(MistralClient) on the"
                + " builder");
      }
      return new MistralEmbeddingModel(mistralClient, defaultOptions, batchSize);
    }
  }
}
