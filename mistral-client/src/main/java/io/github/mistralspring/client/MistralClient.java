package io.github.mistralspring.client;

import io.github.mistralspring.client.agents.AgentsApi;
import io.github.mistralspring.client.batch.BatchApi;
import io.github.mistralspring.client.beta.BetaApi;
import io.github.mistralspring.client.catalog.ModelsApi;
import io.github.mistralspring.client.chat.ChatApi;
import io.github.mistralspring.client.classifiers.ClassifiersApi;
import io.github.mistralspring.client.embeddings.EmbeddingsApi;
import io.github.mistralspring.client.files.FilesApi;
import io.github.mistralspring.client.fim.FimApi;
import io.github.mistralspring.client.finetuning.FineTuningApi;
import io.github.mistralspring.client.ocr.OcrApi;

/**
 * The blocking Mistral AI client: each call waits for its answer. It is a face over a {@link
 * ReactiveMistralClient} and shares its engine and connections. Thread-safe; close it to release
 * its connections.
 */
public final class MistralClient implements AutoCloseable {

  private final ReactiveMistralClient reactive;
  private final ChatApi chat;
  private final FilesApi files;
  private final FineTuningApi fineTuning;
  private final BatchApi batch;
  private final BetaApi beta;
  private final AgentsApi agents;
  private final FimApi fim;
  private final EmbeddingsApi embeddings;
  private final ClassifiersApi classifiers;
  private final OcrApi ocr;
  private final ModelsApi models;

  private MistralClient(ReactiveMistralClient reactive) {
    this.reactive = reactive;
    this.chat = new ChatApi(reactive.chat());
    this.files = new FilesApi(reactive.files());
    this.fineTuning = new FineTuningApi(reactive.fineTuning());
    this.batch = new BatchApi(reactive.batch());
    this.beta = new BetaApi(reactive.beta());
    this.agents = new AgentsApi(reactive.agents());
    this.fim = new FimApi(reactive.fim());
    this.embeddings = new EmbeddingsApi(reactive.embeddings());
    this.classifiers = new ClassifiersApi(reactive.classifiers());
    this.ocr = new OcrApi(reactive.ocr());
    this.models = new ModelsApi(reactive.models());
  }

  /** Starts a builder; {@code builder().apiKey(key).build()} is enough to start. */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /** The blocking face of a reactive client; both share one engine and one connection pool. */
  public static MistralClient of(ReactiveMistralClient reactive) {
    return new MistralClient(reactive);
  }

  /** Chat completions. */
  public ChatApi chat() {
    return chat;
  }

  /** Agents completions: completions answered by an agent. */
  public AgentsApi agents() {
    return agents;
  }

  /** Fill-in-the-middle (code) completions. */
  public FimApi fim() {
    return fim;
  }

  /** Embeddings: vectors for texts, with batching. */
  public EmbeddingsApi embeddings() {
    return embeddings;
  }

  /** Moderations and classifications, of texts and of chats. */
  public ClassifiersApi classifiers() {
    return classifiers;
  }

  /** OCR: documents and images to markdown. */
  public OcrApi ocr() {
    return ocr;
  }

  /** Models: list, retrieve, delete, and manage fine-tuned models. */
  public ModelsApi models() {
    return models;
  }

  /** Files: upload, list, retrieve, delete, download and signed URLs. */
  public FilesApi files() {
    return files;
  }

  /** Fine-tuning jobs: create, list, retrieve, start, cancel, and wait for completion. */
  public FineTuningApi fineTuning() {
    return fineTuning;
  }

  /** Batch jobs: create, list, retrieve, cancel, and wait for completion. */
  public BatchApi batch() {
    return batch;
  }

  /** Beta APIs: agents and conversations. */
  public BetaApi beta() {
    return beta;
  }

  /** The reactive client this one runs on. */
  public ReactiveMistralClient reactive() {
    return reactive;
  }

  /** Releases the connection pool, which the reactive client shares. */
  @Override
  public void close() {
    reactive.close();
  }

  @Override
  public String toString() {
    return "MistralClient[" + reactive.transport().settings().baseUrl() + "]";
  }
}
