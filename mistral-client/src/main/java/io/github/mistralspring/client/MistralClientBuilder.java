package io.github.mistralspring.client;

import io.github.mistralspring.client.internal.DefaultModels;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.TransportSettings;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds a {@link MistralClient} or a {@link ReactiveMistralClient}, with or without Spring Boot.
 * Only the API key is required; every other setting has a default suited to the public API.
 */
public final class MistralClientBuilder {

  private static final Log LOG = LogFactory.getLog(MistralClientBuilder.class);

  /** The public API's base URL. */
  public static final String DEFAULT_BASE_URL = "https://api.mistral.ai";

  private String name = "mistral";
  private String baseUrl = DEFAULT_BASE_URL;
  private Supplier<String> apiKey;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration responseTimeout = Duration.ofSeconds(120);
  private Duration streamIdleTimeout = Duration.ofSeconds(60);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private int maxInMemorySize = 64 * 1024 * 1024;
  private int maxConnections = 500;
  private int maxPendingAcquires = 1000;
  private Duration pendingAcquireTimeout = Duration.ofSeconds(45);
  private Duration maxIdleTime = Duration.ofSeconds(20);
  private boolean compression = true;
  private WebClient.Builder webClientBuilder;
  private String defaultChatModel = DefaultModels.CHAT;
  private String defaultFimModel = DefaultModels.FIM;
  private String defaultEmbeddingsModel = DefaultModels.EMBEDDINGS;
  private String defaultModerationModel = DefaultModels.MODERATION;
  private String defaultOcrModel = DefaultModels.OCR;
  private TransportSettings.Proxy proxy;
  private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
  private MistralObservationConvention observationConvention;
  private boolean observeContent;

  MistralClientBuilder() {}

  /** The API key, sent as a bearer token to the base URL and nowhere else. */
  public MistralClientBuilder apiKey(String key) {
    Objects.requireNonNull(key, "apiKey");
    this.apiKey = () -> key;
    return this;
  }

  /** Supplies the key for each request, for keys that are rotated while the client runs. */
  public MistralClientBuilder apiKeySupplier(Supplier<String> supplier) {
    this.apiKey = Objects.requireNonNull(supplier, "apiKeySupplier");
    return this;
  }

  /** The API's base URL; default {@value #DEFAULT_BASE_URL}. */
  public MistralClientBuilder baseUrl(String url) {
    this.baseUrl = Objects.requireNonNull(url, "baseUrl");
    return this;
  }

  /** The longest wait for a TCP connection; default 10 s. */
  public MistralClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /** The longest silence while waiting for or reading a response; default 120 s. */
  public MistralClientBuilder responseTimeout(Duration timeout) {
    this.responseTimeout = positive(timeout, "responseTimeout");
    return this;
  }

  /** The longest silence on a stream, before its first event and between two; default 60 s. */
  public MistralClientBuilder streamIdleTimeout(Duration timeout) {
    this.streamIdleTimeout = positive(timeout, "streamIdleTimeout");
    return this;
  }

  /** How failed calls are retried; default {@link RetryPolicy#defaults()}. */
  public MistralClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return this;
  }

  /** The largest response body held in memory, in bytes; default 64 MB (OCR and embeddings). */
  public MistralClientBuilder maxInMemorySize(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxInMemorySize must be positive, was " + bytes);
    }
    this.maxInMemorySize = bytes;
    return this;
  }

  /** The most connections open at once; default 500. */
  public MistralClientBuilder maxConnections(int connections) {
    if (connections <= 0) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + connections);
    }
    this.maxConnections = connections;
    return this;
  }

  /**
   * How many requests may wait for a connection when all are busy; default 1000, -1 for no limit.
   */
  public MistralClientBuilder maxPendingAcquires(int pending) {
    this.maxPendingAcquires = pending;
    return this;
  }

  /** How long a request waits for a free connection; default 45 s. */
  public MistralClientBuilder pendingAcquireTimeout(Duration timeout) {
    this.pendingAcquireTimeout = positive(timeout, "pendingAcquireTimeout");
    return this;
  }

  /**
   * How long an unused connection is kept; default 20 s, below the idle timeouts of common load
   * balancers, so a connection they dropped is never reused.
   */
  public MistralClientBuilder maxIdleTime(Duration idle) {
    this.maxIdleTime = positive(idle, "maxIdleTime");
    return this;
  }

  /** Whether to accept gzip-compressed responses (event streams never ask); default true. */
  public MistralClientBuilder compression(boolean enabled) {
    this.compression = enabled;
    return this;
  }

  /**
   * The {@link WebClient.Builder} to start from, so that an application's customizations
   * (observations, tracing, filters) apply. It is cloned, never changed; the client sets its own
   * connector, codecs and JSON mapper on the clone. Without one, JSON and streaming calls go
   * straight on Reactor Netty, which is about twice as fast; with one, every call goes through
   * {@code WebClient}.
   */
  public MistralClientBuilder webClientBuilder(WebClient.Builder builder) {
    this.webClientBuilder = builder;
    return this;
  }

  /** A name for the client's connection pool, shown in its metrics; default {@code mistral}. */
  public MistralClientBuilder name(String poolName) {
    this.name = Objects.requireNonNull(poolName, "name");
    return this;
  }

  /**
   * The model for chat completions and conversations whose request names none; default {@value
   * DefaultModels#CHAT}, null for none (such a request then fails before it is sent).
   */
  public MistralClientBuilder defaultChatModel(String model) {
    this.defaultChatModel = model;
    return this;
  }

  /**
   * The model for fill-in-the-middle completions whose request names none; default {@value
   * DefaultModels#FIM}, null for none.
   */
  public MistralClientBuilder defaultFimModel(String model) {
    this.defaultFimModel = model;
    return this;
  }

  /**
   * The model for embeddings whose request names none; default {@value DefaultModels#EMBEDDINGS},
   * null for none.
   */
  public MistralClientBuilder defaultEmbeddingsModel(String model) {
    this.defaultEmbeddingsModel = model;
    return this;
  }

  /**
   * The model for moderations whose request names none; default {@value DefaultModels#MODERATION},
   * null for none.
   */
  public MistralClientBuilder defaultModerationModel(String model) {
    this.defaultModerationModel = model;
    return this;
  }

  /**
   * The model for OCR requests that name none; default {@value DefaultModels#OCR}, null for none.
   */
  public MistralClientBuilder defaultOcrModel(String model) {
    this.defaultOcrModel = model;
    return this;
  }

  /** Connects through an HTTP proxy at this host and port; none by default. */
  public MistralClientBuilder proxy(String host, int port) {
    Objects.requireNonNull(host, "proxy host");
    if (port <= 0 || port > 65535) {
      throw new IllegalArgumentException("The proxy port must be 1 to 65535, was " + port);
    }
    String username = proxy == null ? null : proxy.username();
    String password = proxy == null ? null : proxy.password();
    String nonProxyHosts = proxy == null ? null : proxy.nonProxyHosts();
    this.proxy = new TransportSettings.Proxy(host, port, username, password, nonProxyHosts);
    return this;
  }

  /** The credentials the proxy asks for (Basic authentication); call after {@link #proxy}. */
  public MistralClientBuilder proxyCredentials(String username, String password) {
    TransportSettings.Proxy current = requireProxy("proxyCredentials");
    this.proxy =
        new TransportSettings.Proxy(
            current.host(), current.port(), username, password, current.nonProxyHosts());
    return this;
  }

  /**
   * The hosts reached without the proxy, as in Java's {@code http.nonProxyHosts}: separated by
   * {@code |}, with {@code *} as a wildcard, such as {@code localhost|*.internal}; call after
   * {@link #proxy}.
   */
  public MistralClientBuilder nonProxyHosts(String hosts) {
    TransportSettings.Proxy current = requireProxy("nonProxyHosts");
    this.proxy =
        new TransportSettings.Proxy(
            current.host(),
            current.port(),
            current.username(),
            current.password(),
            nonProxyHostsPattern(hosts));
    return this;
  }

  private TransportSettings.Proxy requireProxy(String what) {
    if (proxy == null) {
      throw new IllegalStateException("Call proxy(host, port) before " + what + "(..)");
    }
    return proxy;
  }

  static String nonProxyHostsPattern(String hosts) {
    if (hosts == null || hosts.isBlank()) {
      return null;
    }
    StringBuilder pattern = new StringBuilder();
    for (String host : hosts.split("[|,]")) {
      String trimmed = host.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (pattern.length() > 0) {
        pattern.append('|');
      }
      String[] parts = trimmed.split("\\*", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          pattern.append(".*");
        }
        if (!parts[i].isEmpty()) {
          pattern.append(Pattern.quote(parts[i]));
        }
      }
    }
    return pattern.length() == 0 ? null : pattern.toString();
  }

  /**
   * Where each call is observed (a Micrometer {@code Observation} per call, streams to their end);
   * default {@link ObservationRegistry#NOOP}: nothing is observed.
   */
  public MistralClientBuilder observationRegistry(ObservationRegistry registry) {
    this.observationRegistry = registry == null ? ObservationRegistry.NOOP : registry;
    return this;
  }

  /** Replaces the default names and tags of the observations; null restores the default. */
  public MistralClientBuilder observationConvention(MistralObservationConvention convention) {
    this.observationConvention = convention;
    return this;
  }

  /**
   * Whether observations record the request body and the generated text (as high-cardinality tags,
   * which tracing sends on); default false, as prompts may hold personal data.
   */
  public MistralClientBuilder observeContent(boolean include) {
    this.observeContent = include;
    return this;
  }

  /** Builds the blocking client. */
  public MistralClient build() {
    return MistralClient.of(buildReactive());
  }

  /** Builds the reactive client. */
  public ReactiveMistralClient buildReactive() {
    if (apiKey == null) {
      throw new IllegalStateException(
          "No Mistral API key: call apiKey(..) or apiKeySupplier(..) on the builder (with the"
              + " Spring Boot starter, set mistral.api-key or the MISTRAL_API_KEY environment"
              + " variable)");
    }
    String url = normalize(baseUrl);
    if (sendsKeyInClear(URI.create(url))) {
      LOG.warn(
          "The Mistral base URL "
              + url
              + " uses plain http to a host that is not this machine: the API key travels"
              + " unencrypted. Use https.");
    }
    TransportSettings settings =
        new TransportSettings(
            name,
            url,
            apiKey,
            connectTimeout,
            responseTimeout,
            streamIdleTimeout,
            retryPolicy,
            maxInMemorySize,
            maxConnections,
            maxPendingAcquires,
            pendingAcquireTimeout,
            maxIdleTime,
            compression,
            webClientBuilder,
            new DefaultModels(
                defaultChatModel,
                defaultFimModel,
                defaultEmbeddingsModel,
                defaultModerationModel,
                defaultOcrModel),
            proxy,
            observationRegistry,
            observationConvention,
            observeContent);
    return new ReactiveMistralClient(new MistralTransport(settings));
  }

  /** Whether requests to this URL would carry the key unencrypted beyond this machine. */
  static boolean sendsKeyInClear(URI url) {
    if (!"http".equals(url.getScheme())) {
      return false;
    }
    String host = url.getHost().toLowerCase(java.util.Locale.ROOT);
    boolean loopback =
        host.equals("localhost")
            || host.endsWith(".localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1");
    return !loopback;
  }

  private static String normalize(String url) {
    String trimmed = url.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    URI uri;
    try {
      uri = URI.create(trimmed);
    } catch (IllegalArgumentException invalid) {
      throw new IllegalArgumentException(
          "The base URL '" + url + "' is not a valid URL: " + invalid.getMessage(), invalid);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
      throw new IllegalArgumentException(
          "The base URL '" + url + "' must be an http or https URL, such as " + DEFAULT_BASE_URL);
    }
    return trimmed;
  }

  private static Duration positive(Duration value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
    return value;
  }

  /** Describes the settings; never the key. */
  @Override
  public String toString() {
    return "MistralClientBuilder[baseUrl="
        + baseUrl
        + ", apiKey="
        + (apiKey == null ? "unset" : "(set)")
        + ", retryPolicy="
        + retryPolicy
        + "]";
  }
}
