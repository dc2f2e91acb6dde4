package io.github.mistralspring.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Mistral AI client, bound from {@code mistral.*}; the auto-configuration checks
 * their ranges as they are bound.
 */
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

  /**
   * Longest the server may take none of a request body being sent (a server that stops reading an
   * upload or a long prompt); a slow link that keeps taking bytes is never cut.
   */
  private Duration writeTimeout = Duration.ofSeconds(30);

  /**
   * Deadline of a whole call, from its start to its last byte, retries and streaming included; 0
   * turns it off.
   */
  private Duration callTimeout = Duration.ofMinutes(10);

  /** Largest response body held in memory; OCR results and large embedding batches need room. */
  private DataSize maxInMemorySize = DataSize.ofMegabytes(64);

  /** Largest single event of a stream; a larger one fails the stream as it grows past it. */
  private DataSize maxEventSize = DataSize.ofMegabytes(4);

  /** Whether to accept gzip-compressed responses; event streams always ask for plain bodies. */
  private boolean compression = true;

  /**
   * Whether to send every call through the application's WebClient.Builder, so that its filters and
   * WebClientCustomizers apply to calls to Mistral. Off by default: the client then sends JSON and
   * streaming calls straight on Reactor Netty, which is about twice as fast, and its own
   * observations still give metrics and traces.
   */
  private boolean useApplicationWebClient = false;

  private final Retry retry = new Retry();

  private final Pool pool = new Pool();

  private final Chat chat = new Chat();

  private final Fim fim = new Fim();

  private final Embeddings embeddings = new Embeddings();

  private final Moderation moderation = new Moderation();

  private final Ocr ocr = new Ocr();

  private final Proxy proxy = new Proxy();

  private final Observations observations = new Observations();

  private final Health health = new Health();

  /**
   * Extra clients, by name, for other workspaces or keys. Each is registered as two beans qualified
   * by its name (for a client named billing: billingMistralClient and billingReactiveMistralClient)
   * and takes every setting it leaves unset from mistral.*. A named client accepts api-key,
   * base-url, connect-timeout, response-timeout, stream-idle-timeout, retry.enabled,
   * retry.max-attempts, retry.initial-backoff, retry.max-backoff, retry.jitter and
   * retry.max-retry-after, as in mistral.clients.billing.api-key; any other mistral.* setting
   * (chat.model, pool.*, proxy.*) may be given the same way, and alone defines a client too.
   */
  private final Map<String, Client> clients = new LinkedHashMap<>();

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

  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  public Duration getCallTimeout() {
    return callTimeout;
  }

  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  public DataSize getMaxEventSize() {
    return maxEventSize;
  }

  public void setMaxEventSize(DataSize maxEventSize) {
    this.maxEventSize = maxEventSize;
  }

  public DataSize getMaxInMemorySize() {
    return maxInMemorySize;
  }

  public void setMaxInMemorySize(DataSize maxInMemorySize) {
    this.maxInMemorySize = maxInMemorySize;
  }

  public boolean isUseApplicationWebClient() {
    return useApplicationWebClient;
  }

  public void setUseApplicationWebClient(boolean useApplicationWebClient) {
    this.useApplicationWebClient = useApplicationWebClient;
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

  /** Chat completions and conversations. */
  public Chat getChat() {
    return chat;
  }

  /** Fill-in-the-middle completions. */
  public Fim getFim() {
    return fim;
  }

  /** Embeddings. */
  public Embeddings getEmbeddings() {
    return embeddings;
  }

  /** Moderations of texts and chats. */
  public Moderation getModeration() {
    return moderation;
  }

  /** Optical character recognition. */
  public Ocr getOcr() {
    return ocr;
  }

  /** The HTTP proxy the client connects through. */
  public Proxy getProxy() {
    return proxy;
  }

  /** Observations of the client's calls. */
  public Observations getObservations() {
    return observations;
  }

  /** The health indicator. */
  public Health getHealth() {
    return health;
  }

  public Map<String, Client> getClients() {
    return clients;
  }

  // The model defaults are literals, which the configuration metadata can show; a test keeps them
  // equal to the client's own defaults (DefaultModels).

  /** Chat completions and conversations. */
  public static class Chat {

    /**
     * Model for chat completions and conversations whose request names none; empty for none, so
     * that every request must name its model.
     */
    private String model = "mistral-small-latest";

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Fill-in-the-middle completions. */
  public static class Fim {

    /** Model for fill-in-the-middle (code completion) requests that name none; empty for none. */
    private String model = "codestral-latest";

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Embeddings. */
  public static class Embeddings {

    /** Model for embedding requests that name none; empty for none. */
    private String model = "mistral-embed";

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Moderations. */
  public static class Moderation {

    /** Model for moderations (of texts and of chats) whose request names none; empty for none. */
    private String model = "mistral-moderation-latest";

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Optical character recognition. */
  public static class Ocr {

    /** Model for OCR requests that name none; empty for none. */
    private String model = "mistral-ocr-latest";

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

  /** An HTTP proxy between the client and the API. */
  public static class Proxy {

    /** Host of the HTTP proxy; when unset, the client connects directly. */
    private String host;

    /** Port of the HTTP proxy. */
    private int port = 8080;

    /** User to authenticate to the proxy as, if it asks. */
    private String username;

    /** Password to authenticate to the proxy with. */
    private String password;

    /**
     * Hosts reached without the proxy, separated by |, with * as a wildcard, as in Java's
     * http.nonProxyHosts (for example localhost|*.internal).
     */
    private String nonProxyHosts;

    public String getHost() {
      return host;
    }

    public void setHost(String host) {
      this.host = host;
    }

    public int getPort() {
      return port;
    }

    public void setPort(int port) {
      this.port = port;
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getNonProxyHosts() {
      return nonProxyHosts;
    }

    public void setNonProxyHosts(String nonProxyHosts) {
      this.nonProxyHosts = nonProxyHosts;
    }
  }

  /** Observations of the client's calls. */
  public static class Observations {

    /**
     * Whether observations record the request body and the generated text (as high-cardinality tags
     * that tracing exports); off, as prompts may hold personal data.
     */
    private boolean includeContent = false;

    public boolean isIncludeContent() {
      return includeContent;
    }

    public void setIncludeContent(boolean includeContent) {
      this.includeContent = includeContent;
    }
  }

  /** The health indicator, which lists the models. */
  public static class Health {

    /** Longest wait for the list of models before the API is reported down. */
    private Duration timeout = Duration.ofSeconds(5);

    /** How long a result is reused, so that frequent probes do not call the API each time. */
    private Duration cacheTimeToLive = Duration.ofSeconds(30);

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    public Duration getCacheTimeToLive() {
      return cacheTimeToLive;
    }

    public void setCacheTimeToLive(Duration cacheTimeToLive) {
      this.cacheTimeToLive = cacheTimeToLive;
    }
  }

  /** A named client; every setting left unset is taken from mistral.*. */
  public static class Client {

    /** API key of this client; when unset, mistral.api-key (or MISTRAL_API_KEY) is used. */
    private String apiKey;

    /** Base URL of this client; when unset, mistral.base-url is used. */
    private String baseUrl;

    /** Longest wait for a TCP connection; when unset, mistral.connect-timeout is used. */
    private Duration connectTimeout;

    /** Longest silence on a response; when unset, mistral.response-timeout is used. */
    private Duration responseTimeout;

    /** Longest silence on a stream; when unset, mistral.stream-idle-timeout is used. */
    private Duration streamIdleTimeout;

    private final ClientRetry retry = new ClientRetry();

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

    /** How this client retries; each setting left unset is taken from mistral.retry.*. */
    public ClientRetry getRetry() {
      return retry;
    }

    /** Describes the client without its API key. */
    @Override
    public String toString() {
      return "Client[baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "(set)") + "]";
    }
  }

  /** How a named client retries; each setting left unset is taken from mistral.retry.*. */
  public static class ClientRetry {

    /** Whether failed calls are retried at all. */
    private Boolean enabled;

    /** Attempts in all, the first included; 1 means no retry. */
    private Integer maxAttempts;

    /** Wait before the first retry; doubled for each further retry. */
    private Duration initialBackoff;

    /** Longest wait between two attempts when the server does not ask for one. */
    private Duration maxBackoff;

    /** Fraction (0 to 1) of each wait that is randomised. */
    private Double jitter;

    /** Longest Retry-After delay honoured. */
    private Duration maxRetryAfter;

    public Boolean getEnabled() {
      return enabled;
    }

    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(Integer maxAttempts) {
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

    public Double getJitter() {
      return jitter;
    }

    public void setJitter(Double jitter) {
      this.jitter = jitter;
    }

    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }
}
