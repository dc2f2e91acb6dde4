package io.github.mistralspring.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings of the Mistral AI client, bound from {@code mistral.*}. */
@ConfigurationProperties("mistral")
public class MistralProperties {

  /** Whether to configure the Mistral client at all. */
  private boolean enabled = true;

  /**
   * API key sent as a bearer token. When unset, the MISTRAL_API_KEY environment variable is used.
   */
  private String apiKey;

  /** Base URL of the Mistral API. */
  private String baseUrl = "https://api.mistral.ai";

  /** Longest wait for a TCP connection to the API. */
  private Duration connectTimeout = Duration.ofSeconds(10);

  /** Longest silence while waiting for, or reading, a response that is not streamed. */
  private Duration responseTimeout = Duration.ofSeconds(120);

  /** Longest silence on a streamed response, before its first event and between two events. */
  private Duration streamIdleTimeout = Duration.ofSeconds(60);

  /** Largest response body held in memory; OCR results and large embedding batches need room. */
  private DataSize maxInMemorySize = DataSize.ofMegabytes(64);

  /** Whether to accept gzip-compressed responses. */
  private boolean compression = true;

  private final Retry retry = new Retry();

  private final Pool pool = new Pool();

  private final ModelDefault chat = new ModelDefault();

  private final ModelDefault fim = new ModelDefault();

  private final ModelDefault embeddings = new ModelDefault();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getResponseTimeout() {
    return responseTimeout;
  }

  public void setResponseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  public Duration getStreamIdleTimeout() {
    return streamIdleTimeout;
  }

  public void setStreamIdleTimeout(Duration streamIdleTimeout) {
    this.streamIdleTimeout = streamIdleTimeout;
  }

  public DataSize getMaxInMemorySize() {
    return maxInMemorySize;
  }

  public void setMaxInMemorySize(DataSize maxInMemorySize) {
    this.maxInMemorySize = maxInMemorySize;
  }

  public boolean isCompression() {
    return compression;
  }

  public void setCompression(boolean compression) {
    this.compression = compression;
  }

  public Retry getRetry() {
    return retry;
  }

  public Pool getPool() {
    return pool;
  }

  /** Chat completions. */
  public ModelDefault getChat() {
    return chat;
  }

  /** Fill-in-the-middle completions. */
  public ModelDefault getFim() {
    return fim;
  }

  /** Embeddings. */
  public ModelDefault getEmbeddings() {
    return embeddings;
  }

  /** The model used for the requests of one API group that name none. */
  public static class ModelDefault {

    /**
     * Model used when a request names none, such as mistral-small-latest (chat), codestral-latest
     * (FIM) or mistral-embed (embeddings).
     */
    private String model;

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Describes the settings without the API key. */
  @Override
  public String toString() {
    return "MistralProperties[enabled="
        + enabled
        + ", baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "unset" : "(set)")
        + "]";
  }

  /** How failed calls are retried. */
  public static class Retry {

    /** Whether failed calls are retried at all. */
    private boolean enabled = true;

    /** Attempts in all, the first included; 1 means no retry. */
    private int maxAttempts = 3;

    /** Wait before the first retry; doubled for each further retry. */
    private Duration initialBackoff = Duration.ofMillis(500);

    /** Longest wait between two attempts when the server does not ask for one. */
    private Duration maxBackoff = Duration.ofSeconds(8);

    /** Fraction (0 to 1) of each wait that is randomised so that clients do not retry in step. */
    private double jitter = 0.5;

    /**
     * Longest Retry-After delay honoured; a longer one is not retried and the exception carries the
     * delay the server asked for.
     */
    private Duration maxRetryAfter = Duration.ofSeconds(60);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    public double getJitter() {
      return jitter;
    }

    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }

  /** The pool of connections to the API. */
  public static class Pool {

    /** Most connections open at once. */
    private int maxConnections = 500;

    /** Requests that may wait for a connection when all are busy; -1 for no limit. */
    private int maxPendingAcquires = 1000;

    /** Longest wait for a free connection. */
    private Duration pendingAcquireTimeout = Duration.ofSeconds(45);

    /**
     * How long an unused connection is kept; below the idle timeouts of common load balancers so
     * that a connection they dropped is never reused.
     */
    private Duration maxIdleTime = Duration.ofSeconds(20);

    public int getMaxConnections() {
      return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    public int getMaxPendingAcquires() {
      return maxPendingAcquires;
    }

    public void setMaxPendingAcquires(int maxPendingAcquires) {
      this.maxPendingAcquires = maxPendingAcquires;
    }

    public Duration getPendingAcquireTimeout() {
      return pendingAcquireTimeout;
    }

    public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
      this.pendingAcquireTimeout = pendingAcquireTimeout;
    }

    public Duration getMaxIdleTime() {
      return maxIdleTime;
    }

    public void setMaxIdleTime(Duration maxIdleTime) {
      this.maxIdleTime = maxIdleTime;
    }
  }
}
