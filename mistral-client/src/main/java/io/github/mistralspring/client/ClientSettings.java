package io.github.mistralspring.client;

import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.internal.TransportSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a client was built with, read-only: the base URL, the default models, the timeouts, the
 * retry policy and the connection pool's limits. Never the API key, nor the proxy's password. Get
 * it from {@link ReactiveMistralClient#settings()} or {@link MistralClient#settings()}.
 */
public final class ClientSettings {

  private final TransportSettings settings;

  ClientSettings(TransportSettings settings) {
    this.settings = settings;
  }

  /**
   * An HTTP proxy the client connects through.
   *
   * @param host the proxy's host
   * @param port the proxy's port
   * @param username the user the proxy authenticates; absent when it asks for none
   * @param nonProxyHosts the hosts reached without the proxy, as a regular expression; absent when
   *     every host goes through it
   */
  public record Proxy(
      String host, int port, @Nullable String username, @Nullable String nonProxyHosts) {}

  /**
   * The name of the client's connection pool, shown in its metrics.
   *
   * @return the pool's name, as the metrics tag it
   */
  public String name() {
    return settings.name();
  }

  /**
   * The API's base URL, without a trailing slash.
   *
   * @return the base URL, such as {@code https://api.mistral.ai}
   */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /**
   * The model for chat completions (and conversations) whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultChatModel() {
    return settings.defaultModels().chat();
  }

  /**
   * The model for fill-in-the-middle completions whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultFimModel() {
    return settings.defaultModels().fim();
  }

  /**
   * The model for embeddings whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultEmbeddingsModel() {
    return settings.defaultModels().embeddings();
  }

  /**
   * The model for moderations whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultModerationModel() {
    return settings.defaultModels().moderation();
  }

  /**
   * The model for OCR whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultOcrModel() {
    return settings.defaultModels().ocr();
  }

  /**
   * The model for transcriptions whose request names none.
   *
   * @return the model's name; absent when none is set, and a request must then name its model
   */
  public @Nullable String defaultTranscriptionModel() {
    return settings.defaultModels().transcription();
  }

  /**
   * The longest wait for a TCP connection.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /**
   * The longest the server may take none of a request body being sent.
   *
   * @return the write timeout
   */
  public Duration writeTimeout() {
    return settings.writeTimeout();
  }

  /**
   * The longest silence while waiting for, or reading, a response.
   *
   * @return the response timeout
   */
  public Duration responseTimeout() {
    return settings.responseTimeout();
  }

  /**
   * The longest a stream may go without a complete event.
   *
   * @return the stream idle timeout
   */
  public Duration streamIdleTimeout() {
    return settings.streamIdleTimeout();
  }

  /**
   * The deadline of a whole call, retries included; zero for none.
   *
   * @return the call timeout; {@link Duration#ZERO} when calls have no deadline
   */
  public Duration callTimeout() {
    return settings.callTimeout();
  }

  /**
   * How failed calls are retried.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return settings.retryPolicy();
  }

  /**
   * The largest response body held in memory, in bytes.
   *
   * @return the limit of a response body, in bytes
   */
  public int maxInMemorySize() {
    return settings.maxInMemorySize();
  }

  /**
   * The largest event a stream may send, in bytes.
   *
   * @return the limit of one stream event, in bytes
   */
  public int maxEventSize() {
    return settings.maxEventSize();
  }

  /**
   * The most connections open at once.
   *
   * @return the connection pool's size
   */
  public int maxConnections() {
    return settings.maxConnections();
  }

  /**
   * How many calls may wait for a connection when all are busy; -1 for no limit.
   *
   * @return the limit of waiting calls; -1 when there is none
   */
  public int maxPendingAcquires() {
    return settings.maxPendingAcquires();
  }

  /**
   * How long a call waits for a free connection.
   *
   * @return the longest wait for a connection
   */
  public Duration pendingAcquireTimeout() {
    return settings.pendingAcquireTimeout();
  }

  /**
   * How long an unused connection is kept.
   *
   * @return the idle time after which a connection is closed
   */
  public Duration maxIdleTime() {
    return settings.maxIdleTime();
  }

  /**
   * Whether gzip-compressed responses are accepted.
   *
   * @return true when gzip is accepted
   */
  public boolean compression() {
    return settings.compression();
  }

  /**
   * Whether calls go through the application's {@code WebClient} rather than Reactor Netty.
   *
   * @return true when calls go through a {@code WebClient}
   */
  public boolean usesWebClient() {
    return settings.webClientBuilder() != null;
  }

  /**
   * The proxy the client connects through.
   *
   * @return the proxy; absent when the client connects directly
   */
  public @Nullable Proxy proxy() {
    TransportSettings.Proxy proxy = settings.proxy();
    return proxy == null
        ? null
        : new Proxy(proxy.host(), proxy.port(), proxy.username(), proxy.nonProxyHosts());
  }

  /**
   * Whether observations record prompts and completions.
   *
   * @return true when prompts and completions are recorded
   */
  public boolean observeContent() {
    return settings.observeContent();
  }

  /**
   * Whether observations go to a registry (rather than nowhere).
   *
   * @return true when an observation registry is set
   */
  public boolean observed() {
    return !settings.observationRegistry().isNoop();
  }

  /** Describes the settings; never the key. */
  @Override
  public String toString() {
    return settings.toString();
  }
}
