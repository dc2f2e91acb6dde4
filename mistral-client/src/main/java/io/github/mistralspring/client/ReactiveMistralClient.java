package io.github.mistralspring.client;

import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.audio.ReactiveAudioApi;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.core.MistralResponse;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.ResponseCapture;
import io.github.mistralspring.client.internal.groups.DefaultReactiveAgentsApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveAudioApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveBatchApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveBetaApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveChatApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveClassifiersApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveEmbeddingsApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveFilesApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveFimApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveFineTuningApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveModelsApi;
import io.github.mistralspring.client.internal.groups.DefaultReactiveOcrApi;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * The reactive Mistral AI client: each API group returns {@code Mono} and {@code Flux}, and no call
 * holds a thread while it waits. Thread-safe; build one per API key and base URL and share it.
 * Close it to release its connections.
 */
public final class ReactiveMistralClient implements AutoCloseable {

  private final MistralTransport transport;
  private final ClientSettings settings;
  private final Calls calls;
  // Built on first use: see LazyGroups.
  private final LazyGroups groups;

  ReactiveMistralClient(MistralTransport transport) {
    this.transport = transport;
    this.settings = new ClientSettings(transport.settings());
    this.calls = new Calls(transport);
    this.groups = new LazyGroups(this::newGroup);
  }

  @SuppressWarnings("deprecation") // builds the retired fine-tuning group while it is offered
  private Object newGroup(int slot) {
    return switch (slot) {
      case LazyGroups.CHAT -> new DefaultReactiveChatApi(calls);
      case LazyGroups.FILES -> new DefaultReactiveFilesApi(calls);
      case LazyGroups.FINE_TUNING -> new DefaultReactiveFineTuningApi(calls);
      case LazyGroups.BATCH -> new DefaultReactiveBatchApi(calls);
      case LazyGroups.BETA -> new DefaultReactiveBetaApi(calls);
      case LazyGroups.AGENTS -> new DefaultReactiveAgentsApi(calls);
      case LazyGroups.FIM -> new DefaultReactiveFimApi(calls);
      case LazyGroups.EMBEDDINGS -> new DefaultReactiveEmbeddingsApi(calls);
      case LazyGroups.CLASSIFIERS -> new DefaultReactiveClassifiersApi(calls);
      case LazyGroups.OCR -> new DefaultReactiveOcrApi(calls);
      case LazyGroups.AUDIO -> new DefaultReactiveAudioApi(calls);
      case LazyGroups.MODELS -> new DefaultReactiveModelsApi(calls);
      default -> throw new IllegalArgumentException("No API group in slot " + slot);
    };
  }

  /**
   * Starts a builder; {@code builder().apiKey(key).buildReactive()} is enough to start.
   *
   * @return a builder with the default settings; set at least the API key
   */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /**
   * Chat completions.
   *
   * @return the reactive chat group, sharing this client's connections and settings
   */
  public ReactiveChatApi chat() {
    return (ReactiveChatApi) groups.get(LazyGroups.CHAT);
  }

  /**
   * Agents completions: completions answered by an agent.
   *
   * @return the reactive agents completions group, sharing this client's connections and settings
   */
  public ReactiveAgentsApi agents() {
    return (ReactiveAgentsApi) groups.get(LazyGroups.AGENTS);
  }

  /**
   * Fill-in-the-middle (code) completions.
   *
   * @return the reactive fill-in-the-middle group, sharing this client's connections and settings
   */
  public ReactiveFimApi fim() {
    return (ReactiveFimApi) groups.get(LazyGroups.FIM);
  }

  /**
   * Embeddings: vectors for texts, with batching.
   *
   * @return the reactive embeddings group, sharing this client's connections and settings
   */
  public ReactiveEmbeddingsApi embeddings() {
    return (ReactiveEmbeddingsApi) groups.get(LazyGroups.EMBEDDINGS);
  }

  /**
   * Moderations and classifications, of texts and of chats.
   *
   * @return the reactive classifiers group, sharing this client's connections and settings
   */
  public ReactiveClassifiersApi classifiers() {
    return (ReactiveClassifiersApi) groups.get(LazyGroups.CLASSIFIERS);
  }

  /**
   * OCR: documents and images to markdown.
   *
   * @return the reactive OCR group, sharing this client's connections and settings
   */
  public ReactiveOcrApi ocr() {
    return (ReactiveOcrApi) groups.get(LazyGroups.OCR);
  }

  /**
   * Audio: transcriptions (streamed too), speech and voices.
   *
   * @return the reactive audio group, sharing this client's connections and settings
   */
  public ReactiveAudioApi audio() {
    return (ReactiveAudioApi) groups.get(LazyGroups.AUDIO);
  }

  /**
   * Models: list, retrieve, delete, and manage fine-tuned models.
   *
   * @return the reactive models group, sharing this client's connections and settings
   */
  public ReactiveModelsApi models() {
    return (ReactiveModelsApi) groups.get(LazyGroups.MODELS);
  }

  /**
   * Files: upload, list, retrieve, delete, download and signed URLs.
   *
   * @return the reactive files group, sharing this client's connections and settings
   */
  public ReactiveFilesApi files() {
    return (ReactiveFilesApi) groups.get(LazyGroups.FILES);
  }

  /**
   * Fine-tuning jobs: create, list, retrieve, start, cancel, and wait for completion.
   *
   * @return the reactive fine-tuning group, sharing this client's connections and settings
   * @deprecated Mistral retired legacy fine-tuning; its routes answer {@code 410 Gone}, as {@link
   *     io.github.mistralspring.client.finetuning.ReactiveFineTuningApi} says.
   */
  @Deprecated(since = "0.1.0")
  public ReactiveFineTuningApi fineTuning() {
    return (ReactiveFineTuningApi) groups.get(LazyGroups.FINE_TUNING);
  }

  /**
   * Batch jobs: create, list, retrieve, cancel, and wait for completion.
   *
   * @return the reactive batch group, sharing this client's connections and settings
   */
  public ReactiveBatchApi batch() {
    return (ReactiveBatchApi) groups.get(LazyGroups.BATCH);
  }

  /**
   * Beta APIs: agents and conversations.
   *
   * @return the reactive beta group, sharing this client's connections and settings
   */
  public ReactiveBetaApi beta() {
    return (ReactiveBetaApi) groups.get(LazyGroups.BETA);
  }

  /**
   * The value of one call of this client with the status and headers of the HTTP response that
   * carried it (its {@code mistral-correlation-id}, its rate-limit headers); the call is made when
   * the result is subscribed:
   *
   * <pre>{@code
   * mistral.withRawResponse(mistral.chat().complete(request))
   *     .doOnNext(raw -> log.info("{} {}", raw.statusCode(), raw.requestId()))
   * }</pre>
   *
   * Works for every operation of every group, options included. A call that sends several requests
   * (a retry, {@code embedAll}) reports the head of the last one. For a stream, collect it ({@code
   * withRawResponse(flux.collectList())}): the head is that of the response that opened it. A call
   * that completes empty gives an empty result.
   *
   * @param <T> the type of the value the call emits
   * @param call a call of one operation of this client, not yet subscribed, such as {@code
   *     client.chat().complete(request)}
   * @return a {@code Mono} of the call's value with the status and headers of the response that
   *     carried it; empty when the call completes empty
   */
  public <T> Mono<MistralResponse<T>> withRawResponse(Mono<T> call) {
    return ResponseCapture.reactive(Objects.requireNonNull(call, "call"));
  }

  /**
   * What this client was built with; never the key.
   *
   * @return the settings this client was built with, the API key left out
   */
  public ClientSettings settings() {
    return settings;
  }

  /** The engine, for this package's tests; not public, so that no user depends on it. */
  MistralTransport transport() {
    return transport;
  }

  /**
   * Whether {@link #close()} was called, here or on a blocking client made from this one.
   *
   * @return true once this client or a blocking client running on it is closed; calls then fail
   */
  public boolean isClosed() {
    return transport.isClosed();
  }

  /**
   * Releases the client's connection pool: calls in flight fail with {@code
   * MistralClientClosedException}, later calls fail without sending anything. Calling it again does
   * nothing.
   */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ReactiveMistralClient[" + settings.baseUrl() + "]";
  }
}
