package io.github.mistralspring.client;

import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.internal.TransportSettings;
import java.time.Duration;

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
   * @param username the user the proxy authenticates, or null for none
   * @param nonProxyHosts the hosts reached without the proxy, as a regular expression, or null
   */
  public record Proxy(String host, int port, String username, String nonProxyHosts) {}

  /** The name of the client's connection pool, shown in its metrics. */
  public String name() {
    return settings.name();
  }

  /** The API's base URL, without a trailing slash. */
  public String baseUrl() {
    return settings.baseUrl();
  }

  /** The model for chat completions (and conversations) whose request names none, or null. */
  public String defaultChatModel() {
    return settings.defaultModels().chat();
  }

  /** The model for fill-in-the-middle completions whose request names none, or null. */
  public String defaultFimModel() {
    return settings.defaultModels().fim();
  }

  /** The model for embeddings whose request names none, or null. */
  public String defaultEmbeddingsModel() {
    return settings.defaultModels().embeddings();
  }

  /** The model for moderations whose request names none, or null. */
  public String defaultModerationModel() {
    return settings.defaultModels().moderation();
  }

  /** The model for OCR whose request names none, or null. */
  public String defaultOcrModel() {
    return settings.defaultModels().ocr();
  }

  /** The longest wait for a TCP connection. */
  public Duration connectTimeout() {
    return settings.connectTimeout();
  }

  /** The longest the server may take none of a request body being sent. */
  public Duration writeTimeout() {
    return settings.writeTimeout();
  }

  /** The longest silence while waiting for, or reading, a response. */
  public Duration responseTimeout() {
    return settings.responseTimeout();
  }

  /** The longest a stream may go without a complete event. */
  public Duration streamIdleTimeout() {
    return settings.streamIdleTimeout();
  }

  /** The deadline of a whole call, retries included; zero for none. */
  public Duration callTimeout() {
    return settings.callTimeout();
  }

  /** How failed calls are retried. */
  public RetryPolicy retryPolicy() {
    return settings.retryPolicy();
  }

  /** The largest response body held in memory, in bytes. */
  public int maxInMemorySize() {
    return settings.maxInMemorySize();
  }

  /** The largest event a stream may send, in bytes. */
  public int maxEventSize() {
    return settings.maxEventSize();
  }

  /** The most connections open at once. */
  public int maxConnections() {
    return settings.maxConnections();
  }

  /** How many calls may wait for a connection when all are busy; -1 for no limit. */
  public int maxPendingAcquires() {
    return settings.maxPendingAcquires();
  }

  /** How long a call waits for a free connection. */
  public Duration pendingAcquireTimeout() {
    return settings.pendingAcquireTimeout();
  }

  /** How long an unused connection is kept. */
  public Duration maxIdleTime() {
    return settings.maxIdleTime();
  }

  /** Whether gzip-compressed responses are accepted. */
  public boolean compression() {
    return settings.compression();
  }

  /** Whether calls go through the application's {@code WebClient} rather than Reactor Netty. */
  public boolean usesWebClient() {
    return settings.webClientBuilder() != null;
  }

  /** The proxy the client connects through, or null when it connects directly. */
  public Proxy proxy() {
    TransportSettings.Proxy proxy = settings.proxy();
    return proxy == null
        ? null
        : new Proxy(proxy.host(), proxy.port(), proxy.username(), proxy.nonProxyHosts());
  }

  /** Whether observations record prompts and completions. */
  public boolean observeContent() {
    return settings.observeContent();
  }

  /** Whether observations go to a registry (rather than nowhere). */
  public boolean observed() {
    return !settings.observationRegistry().isNoop();
  }

  /** Describes the settings; never the key. */
  @Override
  public String toString() {
    return settings.toString();
  }
}
