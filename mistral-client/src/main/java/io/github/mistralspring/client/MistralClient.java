package io.github.mistralspring.client;

import io.github.mistralspring.client.agents.AgentsApi;
import io.github.mistralspring.client.agents.ReactiveAgentsApi;
import io.github.mistralspring.client.audio.AudioApi;
import io.github.mistralspring.client.audio.ReactiveAudioApi;
import io.github.mistralspring.client.batch.BatchApi;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.beta.BetaApi;
import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.catalog.ModelsApi;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.chat.ChatApi;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.classifiers.ClassifiersApi;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.core.MistralResponse;
import io.github.mistralspring.client.embeddings.EmbeddingsApi;
import io.github.mistralspring.client.embeddings.ReactiveEmbeddingsApi;
import io.github.mistralspring.client.files.FilesApi;
import io.github.mistralspring.client.files.ReactiveFilesApi;
import io.github.mistralspring.client.fim.FimApi;
import io.github.mistralspring.client.fim.ReactiveFimApi;
import io.github.mistralspring.client.finetuning.FineTuningApi;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.ResponseCapture;
import io.github.mistralspring.client.internal.groups.BlockingFaces;
import io.github.mistralspring.client.ocr.OcrApi;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The blocking Mistral AI client: each call waits for its answer. It is a face over a {@link
 * ReactiveMistralClient} and shares its engine and connections. Thread-safe; close it to release
 * its connections.
 */
public final class MistralClient implements AutoCloseable {

  private final ReactiveMistralClient reactive;
  // Built on first use, over the reactive client's groups: see LazyGroups.
  private final LazyGroups groups;

  private MistralClient(ReactiveMistralClient reactive) {
    this.reactive = reactive;
    this.groups = new LazyGroups(this::newGroup);
  }

  @SuppressWarnings("deprecation") // wires the retired fine-tuning group while it is offered
  private Object newGroup(int slot) {
    return switch (slot) {
      case LazyGroups.CHAT ->
          BlockingFaces.of(ChatApi.class, ReactiveChatApi.class, reactive.chat());
      case LazyGroups.FILES ->
          BlockingFaces.of(FilesApi.class, ReactiveFilesApi.class, reactive.files());
      case LazyGroups.FINE_TUNING ->
          BlockingFaces.of(FineTuningApi.class, ReactiveFineTuningApi.class, reactive.fineTuning());
      case LazyGroups.BATCH ->
          BlockingFaces.of(BatchApi.class, ReactiveBatchApi.class, reactive.batch());
      case LazyGroups.BETA ->
          BlockingFaces.of(BetaApi.class, ReactiveBetaApi.class, reactive.beta());
      case LazyGroups.AGENTS ->
          BlockingFaces.of(AgentsApi.class, ReactiveAgentsApi.class, reactive.agents());
      case LazyGroups.FIM -> BlockingFaces.of(FimApi.class, ReactiveFimApi.class, reactive.fim());
      case LazyGroups.EMBEDDINGS ->
          BlockingFaces.of(EmbeddingsApi.class, ReactiveEmbeddingsApi.class, reactive.embeddings());
      case LazyGroups.CLASSIFIERS ->
          BlockingFaces.of(
              ClassifiersApi.class, ReactiveClassifiersApi.class, reactive.classifiers());
      case LazyGroups.OCR -> BlockingFaces.of(OcrApi.class, ReactiveOcrApi.class, reactive.ocr());
      case LazyGroups.AUDIO ->
          BlockingFaces.of(AudioApi.class, ReactiveAudioApi.class, reactive.audio());
      case LazyGroups.MODELS ->
          BlockingFaces.of(ModelsApi.class, ReactiveModelsApi.class, reactive.models());
      default -> throw new IllegalArgumentException("No API group in slot " + slot);
    };
  }

  /**
   * Starts a builder; {@code builder().apiKey(key).build()} is enough to start.
   *
   * @return a builder with the default settings; set at least the API key
   */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /**
   * The blocking face of a reactive client; both share one engine and one connection pool.
   *
   * @param reactive the reactive client to run on; closing either closes both
   * @return a blocking client running on the given reactive client
   */
  public static MistralClient of(ReactiveMistralClient reactive) {
    return new MistralClient(reactive);
  }

  /**
   * Chat completions.
   *
   * @return the blocking chat group, sharing this client's connections and settings
   */
  public ChatApi chat() {
    return (ChatApi) groups.get(LazyGroups.CHAT);
  }

  /**
   * Agents completions: completions answered by an agent.
   *
   * @return the blocking agents completions group, sharing this client's connections and settings
   */
  public AgentsApi agents() {
    return (AgentsApi) groups.get(LazyGroups.AGENTS);
  }

  /**
   * Fill-in-the-middle (code) completions.
   *
   * @return the blocking fill-in-the-middle group, sharing this client's connections and settings
   */
  public FimApi fim() {
    return (FimApi) groups.get(LazyGroups.FIM);
  }

  /**
   * Embeddings: vectors for texts, with batching.
   *
   * @return the blocking embeddings group, sharing this client's connections and settings
   */
  public EmbeddingsApi embeddings() {
    return (EmbeddingsApi) groups.get(LazyGroups.EMBEDDINGS);
  }

  /**
   * Moderations and classifications, of texts and of chats.
   *
   * @return the blocking classifiers group, sharing this client's connections and settings
   */
  public ClassifiersApi classifiers() {
    return (ClassifiersApi) groups.get(LazyGroups.CLASSIFIERS);
  }

  /**
   * OCR: documents and images to markdown.
   *
   * @return the blocking OCR group, sharing this client's connections and settings
   */
  public OcrApi ocr() {
    return (OcrApi) groups.get(LazyGroups.OCR);
  }

  /**
   * Audio: transcriptions (streamed too), speech and voices.
   *
   * @return the blocking audio group, sharing this client's connections and settings
   */
  public AudioApi audio() {
    return (AudioApi) groups.get(LazyGroups.AUDIO);
  }

  /**
   * Models: list, retrieve, delete, and manage fine-tuned models.
   *
   * @return the blocking models group, sharing this client's connections and settings
   */
  public ModelsApi models() {
    return (ModelsApi) groups.get(LazyGroups.MODELS);
  }

  /**
   * Files: upload, list, retrieve, delete, download and signed URLs.
   *
   * @return the blocking files group, sharing this client's connections and settings
   */
  public FilesApi files() {
    return (FilesApi) groups.get(LazyGroups.FILES);
  }

  /**
   * Fine-tuning jobs: create, list, retrieve, start, cancel, and wait for completion.
   *
   * @return the blocking fine-tuning group, sharing this client's connections and settings
   * @deprecated Mistral retired legacy fine-tuning; its routes answer {@code 410 Gone}, as {@link
   *     io.github.mistralspring.client.finetuning.FineTuningApi} says.
   */
  @Deprecated(since = "0.1.0")
  public FineTuningApi fineTuning() {
    return (FineTuningApi) groups.get(LazyGroups.FINE_TUNING);
  }

  /**
   * Batch jobs: create, list, retrieve, cancel, and wait for completion.
   *
   * @return the blocking batch group, sharing this client's connections and settings
   */
  public BatchApi batch() {
    return (BatchApi) groups.get(LazyGroups.BATCH);
  }

  /**
   * Beta APIs: agents and conversations.
   *
   * @return the blocking beta group, sharing this client's connections and settings
   */
  public BetaApi beta() {
    return (BetaApi) groups.get(LazyGroups.BETA);
  }

  /**
   * The reactive client this one runs on.
   *
   * @return the reactive client, sharing this client's engine and connection pool
   */
  public ReactiveMistralClient reactive() {
    return reactive;
  }

  /**
   * Makes one call of this client and returns its value with the status and headers of the HTTP
   * response that carried it (its {@code mistral-correlation-id}, its rate-limit headers):
   *
   * <pre>{@code
   * MistralResponse<ChatCompletionResponse> raw =
   *     mistral.withRawResponse(() -> mistral.chat().complete(request));
   * raw.statusCode(); raw.requestId(); raw.value();
   * }</pre>
   *
   * Works for every operation that returns a value, of every group, options included; the call runs
   * on this thread. A call that sends several requests (a retry, {@code listAll}, {@code embedAll})
   * reports the head of the last one. A call that returns a stream (of chunks, or a download's
   * {@code InputStream}) returns it once the response that opens it has come, with that response's
   * head, and a blocking {@code listAll} once its first page has come, with that page's head (its
   * later pages are fetched as it is read, and never report to another {@code withRawResponse});
   * the stream is read, and must be closed, as without {@code withRawResponse}:
   *
   * <pre>{@code
   * MistralResponse<Stream<CompletionChunk>> raw =
   *     mistral.withRawResponse(() -> mistral.chat().stream(request));
   * try (Stream<CompletionChunk> chunks = raw.value()) {
   *   chunks.forEach(chunk -> System.out.print(chunk.deltaText()));
   * }
   * }</pre>
   *
   * @param <T> the type of the value the call returns
   * @param call a call of one operation of this client, such as {@code () ->
   *     client.chat().complete(request)}
   * @return the call's value with the status and headers of the response that carried it
   * @throws IllegalStateException when {@code call} returns without making a call of this client
   */
  public <T> MistralResponse<T> withRawResponse(Supplier<T> call) {
    return ResponseCapture.blocking(Objects.requireNonNull(call, "call"));
  }

  /**
   * What this client was built with; never the key.
   *
   * @return the settings this client was built with, the API key left out
   */
  public ClientSettings settings() {
    return reactive.settings();
  }

  /**
   * Whether {@link #close()} was called, here or on the reactive client this one runs on.
   *
   * @return true once this client or its reactive client is closed; calls then fail
   */
  public boolean isClosed() {
    return reactive.isClosed();
  }

  /** Releases the connection pool, which the reactive client shares. */
  @Override
  public void close() {
    reactive.close();
  }

  @Override
  public String toString() {
    return "MistralClient[" + reactive.settings().baseUrl() + "]";
  }
}
