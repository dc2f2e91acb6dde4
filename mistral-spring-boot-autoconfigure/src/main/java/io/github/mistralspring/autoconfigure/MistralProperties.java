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

  /** {@return {@code mistral.enabled}: whether the Mistral client beans are configured at all} */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets {@code mistral.enabled}: whether the Mistral client beans are configured at all.
   *
   * @param enabled false to configure no client; true by default
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * {@return {@code mistral.api-key}: the API key sent as a bearer token, or null when unset (the
   * MISTRAL_API_KEY environment variable is then used)}
   */
  public String getApiKey() {
    return apiKey;
  }

  /**
   * Sets {@code mistral.api-key}: the API key sent as a bearer token, or null when unset (the
   * MISTRAL_API_KEY environment variable is then used).
   *
   * @param apiKey the key; surrounding whitespace is trimmed, and a key holding a control character
   *     or an unresolved ${...} placeholder stops the start-up
   */
  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * {@return {@code mistral.base-url}: the base URL of the Mistral API, https://api.mistral.ai by
   * default}
   */
  public String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code mistral.base-url}: the base URL of the Mistral API, https://api.mistral.ai by
   * default.
   *
   * @param baseUrl an http or https URL such as https://api.mistral.ai
   */
  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * {@return {@code mistral.connect-timeout}: the longest wait for a TCP connection to the API, 10
   * seconds by default}
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets {@code mistral.connect-timeout}: the longest wait for a TCP connection to the API, 10
   * seconds by default.
   *
   * @param connectTimeout a positive duration of less than 24 days, such as 10s
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * {@return {@code mistral.response-timeout}: the longest silence while waiting for, or reading, a
   * response that is not streamed; 120 seconds by default}
   */
  public Duration getResponseTimeout() {
    return responseTimeout;
  }

  /**
   * Sets {@code mistral.response-timeout}: the longest silence while waiting for, or reading, a
   * response that is not streamed; 120 seconds by default.
   *
   * @param responseTimeout a positive duration, such as 120s
   */
  public void setResponseTimeout(Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  /**
   * {@return {@code mistral.stream-idle-timeout}: the longest silence on a streamed response,
   * before its first event and between two events; 60 seconds by default}
   */
  public Duration getStreamIdleTimeout() {
    return streamIdleTimeout;
  }

  /**
   * Sets {@code mistral.stream-idle-timeout}: the longest silence on a streamed response, before
   * its first event and between two events; 60 seconds by default.
   *
   * @param streamIdleTimeout a positive duration, such as 60s
   */
  public void setStreamIdleTimeout(Duration streamIdleTimeout) {
    this.streamIdleTimeout = streamIdleTimeout;
  }

  /**
   * {@return {@code mistral.write-timeout}: the longest the server may take none of a request body
   * being sent; 30 seconds by default}
   */
  public Duration getWriteTimeout() {
    return writeTimeout;
  }

  /**
   * Sets {@code mistral.write-timeout}: the longest the server may take none of a request body
   * being sent; 30 seconds by default.
   *
   * @param writeTimeout a positive duration, such as 30s
   */
  public void setWriteTimeout(Duration writeTimeout) {
    this.writeTimeout = writeTimeout;
  }

  /**
   * {@return {@code mistral.call-timeout}: the deadline of a whole call, retries and streaming
   * included; 10 minutes by default, 0 for none}
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets {@code mistral.call-timeout}: the deadline of a whole call, retries and streaming
   * included; 10 minutes by default, 0 for none.
   *
   * @param callTimeout a duration of 0 (no deadline) or more, such as 10m
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * {@return {@code mistral.max-event-size}: the largest single event of a stream, 4MB by default}
   */
  public DataSize getMaxEventSize() {
    return maxEventSize;
  }

  /**
   * Sets {@code mistral.max-event-size}: the largest single event of a stream, 4MB by default.
   *
   * @param maxEventSize a size of more than 0 and at most just under 2GB, such as 4MB
   */
  public void setMaxEventSize(DataSize maxEventSize) {
    this.maxEventSize = maxEventSize;
  }

  /**
   * {@return {@code mistral.max-in-memory-size}: the largest response body held in memory, 64MB by
   * default}
   */
  public DataSize getMaxInMemorySize() {
    return maxInMemorySize;
  }

  /**
   * Sets {@code mistral.max-in-memory-size}: the largest response body held in memory, 64MB by
   * default.
   *
   * @param maxInMemorySize a size of more than 0 and at most just under 2GB, such as 64MB
   */
  public void setMaxInMemorySize(DataSize maxInMemorySize) {
    this.maxInMemorySize = maxInMemorySize;
  }

  /**
   * {@return {@code mistral.use-application-web-client}: whether calls go through the application's
   * WebClient.Builder (its filters and customizers apply) instead of straight on Reactor Netty;
   * false by default}
   */
  public boolean isUseApplicationWebClient() {
    return useApplicationWebClient;
  }

  /**
   * Sets {@code mistral.use-application-web-client}: whether calls go through the application's
   * WebClient.Builder (its filters and customizers apply) instead of straight on Reactor Netty;
   * false by default.
   *
   * @param useApplicationWebClient true to send every call through the application's
   *     WebClient.Builder
   */
  public void setUseApplicationWebClient(boolean useApplicationWebClient) {
    this.useApplicationWebClient = useApplicationWebClient;
  }

  /**
   * {@return {@code mistral.compression}: whether gzip-compressed responses are accepted, true by
   * default}
   */
  public boolean isCompression() {
    return compression;
  }

  /**
   * Sets {@code mistral.compression}: whether gzip-compressed responses are accepted, true by
   * default.
   *
   * @param compression false to ask for plain response bodies
   */
  public void setCompression(boolean compression) {
    this.compression = compression;
  }

  /** {@return {@code mistral.retry.*}: how failed calls are retried} */
  public Retry getRetry() {
    return retry;
  }

  /** {@return {@code mistral.pool.*}: the pool of connections to the API} */
  public Pool getPool() {
    return pool;
  }

  /** {@return {@code mistral.chat.*}: the settings of chat completions and conversations} */
  public Chat getChat() {
    return chat;
  }

  /** {@return {@code mistral.fim.*}: the settings of fill-in-the-middle completions} */
  public Fim getFim() {
    return fim;
  }

  /** {@return {@code mistral.embeddings.*}: the settings of embeddings} */
  public Embeddings getEmbeddings() {
    return embeddings;
  }

  /** {@return {@code mistral.moderation.*}: the settings of moderations of texts and chats} */
  public Moderation getModeration() {
    return moderation;
  }

  /** {@return {@code mistral.ocr.*}: the settings of optical character recognition} */
  public Ocr getOcr() {
    return ocr;
  }

  /** {@return {@code mistral.proxy.*}: the HTTP proxy the client connects through} */
  public Proxy getProxy() {
    return proxy;
  }

  /**
   * {@return {@code mistral.observations.*}: the settings of the observations of the client's
   * calls}
   */
  public Observations getObservations() {
    return observations;
  }

  /** {@return {@code mistral.health.*}: the settings of the health indicator} */
  public Health getHealth() {
    return health;
  }

  /**
   * {@return {@code mistral.clients.*}: the extra clients by name, in the order they were
   * configured; a mutable map that binding fills}
   */
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

    /**
     * {@return {@code mistral.chat.model}: the model of chat completions and conversations whose
     * request names none, mistral-small-latest by default; empty for none}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.chat.model}: the model of chat completions and conversations whose
     * request names none, mistral-small-latest by default; empty for none.
     *
     * @param model a model name such as mistral-large-latest, or empty so that every request must
     *     name its model
     */
    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Fill-in-the-middle completions. */
  public static class Fim {

    /** Model for fill-in-the-middle (code completion) requests that name none; empty for none. */
    private String model = "codestral-latest";

    /**
     * {@return {@code mistral.fim.model}: the model of fill-in-the-middle requests that name none,
     * codestral-latest by default; empty for none}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.fim.model}: the model of fill-in-the-middle requests that name none,
     * codestral-latest by default; empty for none.
     *
     * @param model a model name such as codestral-latest, or empty so that every request must name
     *     its model
     */
    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Embeddings. */
  public static class Embeddings {

    /** Model for embedding requests that name none; empty for none. */
    private String model = "mistral-embed";

    /**
     * {@return {@code mistral.embeddings.model}: the model of embedding requests that name none,
     * mistral-embed by default; empty for none}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.embeddings.model}: the model of embedding requests that name none,
     * mistral-embed by default; empty for none.
     *
     * @param model a model name such as mistral-embed, or empty so that every request must name its
     *     model
     */
    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Moderations. */
  public static class Moderation {

    /** Model for moderations (of texts and of chats) whose request names none; empty for none. */
    private String model = "mistral-moderation-latest";

    /**
     * {@return {@code mistral.moderation.model}: the model of moderation requests that name none,
     * mistral-moderation-latest by default; empty for none}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.moderation.model}: the model of moderation requests that name none,
     * mistral-moderation-latest by default; empty for none.
     *
     * @param model a model name such as mistral-moderation-latest, or empty so that every request
     *     must name its model
     */
    public void setModel(String model) {
      this.model = model;
    }
  }

  /** Optical character recognition. */
  public static class Ocr {

    /** Model for OCR requests that name none; empty for none. */
    private String model = "mistral-ocr-latest";

    /**
     * {@return {@code mistral.ocr.model}: the model of OCR requests that name none,
     * mistral-ocr-latest by default; empty for none}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.ocr.model}: the model of OCR requests that name none, mistral-ocr-latest
     * by default; empty for none.
     *
     * @param model a model name such as mistral-ocr-latest, or empty so that every request must
     *     name its model
     */
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

    /**
     * {@return {@code mistral.retry.enabled}: whether failed calls are retried at all, true by
     * default}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code mistral.retry.enabled}: whether failed calls are retried at all, true by default.
     *
     * @param enabled false to never retry
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@return {@code mistral.retry.max-attempts}: the number of attempts in all, the first
     * included, 3 by default}
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets {@code mistral.retry.max-attempts}: the number of attempts in all, the first included, 3
     * by default.
     *
     * @param maxAttempts 1 or more; 1 means no retry
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * {@return {@code mistral.retry.initial-backoff}: the wait before the first retry, doubled for
     * each further retry; 500 milliseconds by default}
     */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets {@code mistral.retry.initial-backoff}: the wait before the first retry, doubled for each
     * further retry; 500 milliseconds by default.
     *
     * @param initialBackoff a duration of 0 or more, such as 500ms
     */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /**
     * {@return {@code mistral.retry.max-backoff}: the longest wait between two attempts when the
     * server does not ask for one, 8 seconds by default}
     */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets {@code mistral.retry.max-backoff}: the longest wait between two attempts when the server
     * does not ask for one, 8 seconds by default.
     *
     * @param maxBackoff a duration of 0 or more, such as 8s
     */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /**
     * {@return {@code mistral.retry.jitter}: the fraction of each wait that is randomised, 0.5 by
     * default}
     */
    public double getJitter() {
      return jitter;
    }

    /**
     * Sets {@code mistral.retry.jitter}: the fraction of each wait that is randomised, 0.5 by
     * default.
     *
     * @param jitter a fraction from 0 (no randomness) to 1
     */
    public void setJitter(double jitter) {
      this.jitter = jitter;
    }

    /**
     * {@return {@code mistral.retry.max-retry-after}: the longest Retry-After delay honoured, 60
     * seconds by default; a longer one is not retried}
     */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /**
     * Sets {@code mistral.retry.max-retry-after}: the longest Retry-After delay honoured, 60
     * seconds by default; a longer one is not retried.
     *
     * @param maxRetryAfter a duration of 0 or more, such as 60s
     */
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

    /**
     * {@return {@code mistral.pool.max-connections}: the most connections open at once, 500 by
     * default}
     */
    public int getMaxConnections() {
      return maxConnections;
    }

    /**
     * Sets {@code mistral.pool.max-connections}: the most connections open at once, 500 by default.
     *
     * @param maxConnections 1 or more
     */
    public void setMaxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
    }

    /**
     * {@return {@code mistral.pool.max-pending-acquires}: the number of requests that may wait for
     * a connection when all are busy, 1000 by default; -1 for no limit}
     */
    public int getMaxPendingAcquires() {
      return maxPendingAcquires;
    }

    /**
     * Sets {@code mistral.pool.max-pending-acquires}: the number of requests that may wait for a
     * connection when all are busy, 1000 by default; -1 for no limit.
     *
     * @param maxPendingAcquires -1 (no limit) or more
     */
    public void setMaxPendingAcquires(int maxPendingAcquires) {
      this.maxPendingAcquires = maxPendingAcquires;
    }

    /**
     * {@return {@code mistral.pool.pending-acquire-timeout}: the longest wait for a free
     * connection, 45 seconds by default}
     */
    public Duration getPendingAcquireTimeout() {
      return pendingAcquireTimeout;
    }

    /**
     * Sets {@code mistral.pool.pending-acquire-timeout}: the longest wait for a free connection, 45
     * seconds by default.
     *
     * @param pendingAcquireTimeout a positive duration, such as 45s
     */
    public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
      this.pendingAcquireTimeout = pendingAcquireTimeout;
    }

    /**
     * {@return {@code mistral.pool.max-idle-time}: how long an unused connection is kept, 20
     * seconds by default}
     */
    public Duration getMaxIdleTime() {
      return maxIdleTime;
    }

    /**
     * Sets {@code mistral.pool.max-idle-time}: how long an unused connection is kept, 20 seconds by
     * default.
     *
     * @param maxIdleTime a positive duration, such as 20s; keep it below the idle timeout of load
     *     balancers on the way
     */
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

    /**
     * {@return {@code mistral.proxy.host}: the host of the HTTP proxy, or null when the client
     * connects directly}
     */
    public String getHost() {
      return host;
    }

    /**
     * Sets {@code mistral.proxy.host}: the host of the HTTP proxy, or null when the client connects
     * directly.
     *
     * @param host a host name or address, or null to connect directly
     */
    public void setHost(String host) {
      this.host = host;
    }

    /** {@return {@code mistral.proxy.port}: the port of the HTTP proxy, 8080 by default} */
    public int getPort() {
      return port;
    }

    /**
     * Sets {@code mistral.proxy.port}: the port of the HTTP proxy, 8080 by default.
     *
     * @param port a port from 1 to 65535
     */
    public void setPort(int port) {
      this.port = port;
    }

    /**
     * {@return {@code mistral.proxy.username}: the user to authenticate to the proxy as, or null
     * for none}
     */
    public String getUsername() {
      return username;
    }

    /**
     * Sets {@code mistral.proxy.username}: the user to authenticate to the proxy as, or null for
     * none.
     *
     * @param username the user name, or null when the proxy asks for none
     */
    public void setUsername(String username) {
      this.username = username;
    }

    /**
     * {@return {@code mistral.proxy.password}: the password to authenticate to the proxy with, or
     * null for none}
     */
    public String getPassword() {
      return password;
    }

    /**
     * Sets {@code mistral.proxy.password}: the password to authenticate to the proxy with, or null
     * for none.
     *
     * @param password the password, or null when the proxy asks for none
     */
    public void setPassword(String password) {
      this.password = password;
    }

    /**
     * {@return {@code mistral.proxy.non-proxy-hosts}: the hosts reached without the proxy,
     * separated by |, with * as a wildcard; null for none}
     */
    public String getNonProxyHosts() {
      return nonProxyHosts;
    }

    /**
     * Sets {@code mistral.proxy.non-proxy-hosts}: the hosts reached without the proxy, separated by
     * |, with * as a wildcard; null for none.
     *
     * @param nonProxyHosts a pattern such as localhost|*.internal, as in Java's http.nonProxyHosts
     */
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

    /**
     * {@return {@code mistral.observations.include-content}: whether observations record the
     * request body and the generated text, false by default}
     */
    public boolean isIncludeContent() {
      return includeContent;
    }

    /**
     * Sets {@code mistral.observations.include-content}: whether observations record the request
     * body and the generated text, false by default.
     *
     * @param includeContent true to record prompts and answers as high-cardinality tags, which may
     *     hold personal data
     */
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

    /**
     * {@return {@code mistral.health.timeout}: the longest wait for the list of models before the
     * API is reported down, 5 seconds by default}
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets {@code mistral.health.timeout}: the longest wait for the list of models before the API
     * is reported down, 5 seconds by default.
     *
     * @param timeout a positive duration, such as 5s
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    /**
     * {@return {@code mistral.health.cache-time-to-live}: how long a health result is reused, 30
     * seconds by default}
     */
    public Duration getCacheTimeToLive() {
      return cacheTimeToLive;
    }

    /**
     * Sets {@code mistral.health.cache-time-to-live}: how long a health result is reused, 30
     * seconds by default.
     *
     * @param cacheTimeToLive a duration of 0 or more, such as 30s
     */
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

    /**
     * {@return {@code mistral.clients.<name>.api-key}: this client's API key, or null to use
     * mistral.api-key (or MISTRAL_API_KEY)}
     */
    public String getApiKey() {
      return apiKey;
    }

    /**
     * Sets {@code mistral.clients.<name>.api-key}: this client's API key, or null to use
     * mistral.api-key (or MISTRAL_API_KEY).
     *
     * @param apiKey the key, or null to inherit; checked as mistral.api-key is
     */
    public void setApiKey(String apiKey) {
      this.apiKey = apiKey;
    }

    /**
     * {@return {@code mistral.clients.<name>.base-url}: this client's base URL, or null to use
     * mistral.base-url}
     */
    public String getBaseUrl() {
      return baseUrl;
    }

    /**
     * Sets {@code mistral.clients.<name>.base-url}: this client's base URL, or null to use
     * mistral.base-url.
     *
     * @param baseUrl an http or https URL, or null to inherit
     */
    public void setBaseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
    }

    /**
     * {@return {@code mistral.clients.<name>.connect-timeout}: this client's longest wait for a TCP
     * connection, or null to use mistral.connect-timeout}
     */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /**
     * Sets {@code mistral.clients.<name>.connect-timeout}: this client's longest wait for a TCP
     * connection, or null to use mistral.connect-timeout.
     *
     * @param connectTimeout a positive duration, or null to inherit
     */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }

    /**
     * {@return {@code mistral.clients.<name>.response-timeout}: this client's longest silence on a
     * response, or null to use mistral.response-timeout}
     */
    public Duration getResponseTimeout() {
      return responseTimeout;
    }

    /**
     * Sets {@code mistral.clients.<name>.response-timeout}: this client's longest silence on a
     * response, or null to use mistral.response-timeout.
     *
     * @param responseTimeout a positive duration, or null to inherit
     */
    public void setResponseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
    }

    /**
     * {@return {@code mistral.clients.<name>.stream-idle-timeout}: this client's longest silence on
     * a stream, or null to use mistral.stream-idle-timeout}
     */
    public Duration getStreamIdleTimeout() {
      return streamIdleTimeout;
    }

    /**
     * Sets {@code mistral.clients.<name>.stream-idle-timeout}: this client's longest silence on a
     * stream, or null to use mistral.stream-idle-timeout.
     *
     * @param streamIdleTimeout a positive duration, or null to inherit
     */
    public void setStreamIdleTimeout(Duration streamIdleTimeout) {
      this.streamIdleTimeout = streamIdleTimeout;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.*}: how this client retries; each setting left
     * unset is taken from mistral.retry.*}
     */
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

    /**
     * {@return {@code mistral.clients.<name>.retry.enabled}: whether this client retries at all, or
     * null to use mistral.retry.enabled}
     */
    public Boolean getEnabled() {
      return enabled;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.enabled}: whether this client retries at all, or
     * null to use mistral.retry.enabled.
     *
     * @param enabled true or false, or null to inherit
     */
    public void setEnabled(Boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.max-attempts}: this client's attempts in all,
     * the first included, or null to use mistral.retry.max-attempts}
     */
    public Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.max-attempts}: this client's attempts in all, the
     * first included, or null to use mistral.retry.max-attempts.
     *
     * @param maxAttempts 1 or more (1 means no retry), or null to inherit
     */
    public void setMaxAttempts(Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.initial-backoff}: this client's wait before the
     * first retry, or null to use mistral.retry.initial-backoff}
     */
    public Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.initial-backoff}: this client's wait before the
     * first retry, or null to use mistral.retry.initial-backoff.
     *
     * @param initialBackoff a duration of 0 or more, or null to inherit
     */
    public void setInitialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.max-backoff}: this client's longest wait between
     * two attempts, or null to use mistral.retry.max-backoff}
     */
    public Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.max-backoff}: this client's longest wait between two
     * attempts, or null to use mistral.retry.max-backoff.
     *
     * @param maxBackoff a duration of 0 or more, or null to inherit
     */
    public void setMaxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.jitter}: this client's randomised fraction of
     * each wait, or null to use mistral.retry.jitter}
     */
    public Double getJitter() {
      return jitter;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.jitter}: this client's randomised fraction of each
     * wait, or null to use mistral.retry.jitter.
     *
     * @param jitter a fraction from 0 to 1, or null to inherit
     */
    public void setJitter(Double jitter) {
      this.jitter = jitter;
    }

    /**
     * {@return {@code mistral.clients.<name>.retry.max-retry-after}: this client's longest
     * Retry-After delay honoured, or null to use mistral.retry.max-retry-after}
     */
    public Duration getMaxRetryAfter() {
      return maxRetryAfter;
    }

    /**
     * Sets {@code mistral.clients.<name>.retry.max-retry-after}: this client's longest Retry-After
     * delay honoured, or null to use mistral.retry.max-retry-after.
     *
     * @param maxRetryAfter a duration of 0 or more, or null to inherit
     */
    public void setMaxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
    }
  }
}
