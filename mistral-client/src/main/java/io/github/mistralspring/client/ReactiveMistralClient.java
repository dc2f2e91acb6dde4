package io.github.mistralspring.client;

import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;

/**
 * The reactive Mistral AI client: each API group returns {@code Mono} and {@code Flux}, and no call
 * holds a thread while it waits. Thread-safe; build one per API key and base URL and share it.
 * Close it to release its connections.
 */
public final class ReactiveMistralClient implements AutoCloseable {

  private final MistralTransport transport;
  private final ReactiveChatApi chat;
  private final ReactiveFilesApi files;
  private final ReactiveFineTuningApi fineTuning;
  private final ReactiveBatchApi batch;
  private final ReactiveBetaApi beta;
  private final ReactiveAgentsApi agents;
  private final ReactiveFimApi fim;
  private final ReactiveEmbeddingsApi embeddings;
  private final ReactiveClassifiersApi classifiers;
  private final ReactiveOcrApi ocr;
  private final ReactiveModelsApi models;

  ReactiveMistralClient(MistralTransport transport) {
    this.transport = transport;
    this.chat = new ReactiveChatApi(transport);
    this.files = new ReactiveFilesApi(transport);
    this.fineTuning = new ReactiveFineTuningApi(transport);
    this.batch = new ReactiveBatchApi(transport);
    this.beta = new ReactiveBetaApi(transport);
    this.agents = new ReactiveAgentsApi(transport);
    this.fim = new ReactiveFimApi(transport);
    this.embeddings = new ReactiveEmbeddingsApi(transport);
    this.classifiers = new ReactiveClassifiersApi(transport);
    this.ocr = new ReactiveOcrApi(transport);
    this.models = new ReactiveModelsApi(transport);
  }

  /** Starts a builder; {@code builder().apiKey(key).buildReactive()} is enough to start. */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /** Chat completions. */
  public ReactiveChatApi chat() {
    return chat;
  }

  /** Agents completions: completions answered by an agent. */
  public ReactiveAgentsApi agents() {
    return agents;
  }

  /** Fill-in-the-middle (code) completions. */
  public ReactiveFimApi fim() {
    return fim;
  }

  /** Embeddings: vectors for texts, with batching. */
  public ReactiveEmbeddingsApi embeddings() {
    return embeddings;
  }

  /** Moderations and classifications, of texts and of chats. */
  public ReactiveClassifiersApi classifiers() {
    return classifiers;
  }

  /** OCR: documents and images to markdown. */
  public ReactiveOcrApi ocr() {
    return ocr;
  }

  /** Models: list, retrieve, delete, and manage fine-tuned models. */
  public ReactiveModelsApi models() {
    return models;
  }

  /** Files: upload, list, retrieve, delete, download and signed URLs. */
  public ReactiveFilesApi files() {
    return files;
  }

  /** Fine-tuning jobs: create, list, retrieve, start, cancel, and wait for completion. */
  public ReactiveFineTuningApi fineTuning() {
    return fineTuning;
  }

  /** Batch jobs: create, list, retrieve, cancel, and wait for completion. */
  public ReactiveBatchApi batch() {
    return batch;
  }

  /** Beta APIs: agents and conversations. */
  public ReactiveBetaApi beta() {
    return beta;
  }

  /** The engine this client runs on, shared with the blocking client made from it. */
  public MistralTransport transport() {
    return transport;
  }

  /** Releases the client's connection pool; calls in flight fail. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ReactiveMistralClient[" + transport.settings().baseUrl() + "]";
  }
}
