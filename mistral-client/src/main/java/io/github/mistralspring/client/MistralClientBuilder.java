package io.github.mistralspring.client;

import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.internal.DefaultModels;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.TransportSettings;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
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
  private Duration writeTimeout = Duration.ofSeconds(30);
  private Duration responseTimeout = Duration.ofSeconds(120);
  private Duration streamIdleTimeout = Duration.ofSeconds(60);
  private Duration callTimeout = Duration.ofMinutes(10);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private int maxInMemorySize = 64 * 1024 * 1024;
  private int maxEventSize = 4 * 1024 * 1024;
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

  /**
   * The API key, sent as a bearer token to the base URL and nowhere else. Surrounding whitespace (a
   * line break from a file, say) is removed; a key that still holds a control character (CR, LF,
   * NUL, ...) or a character that is not ASCII is refused when the client is built.
   */
  public MistralClientBuilder apiKey(String key) {
    Objects.requireNonNull(key, "apiKey");
    this.apiKey = new FixedKey(key);
    return this;
  }

  /**
   * Supplies the key for each request, for keys that are rotated while the client runs. Each key is
   * checked as {@link #apiKey(String)} checks its key, when a call is made: a call with a key that
   * holds a control or non-ASCII character fails before anything is sent, and is not retried.
   */
  public MistralClientBuilder apiKeySupplier(Supplier<String> supplier) {
    Objects.requireNonNull(supplier, "apiKeySupplier");
    this.apiKey = new CheckedKeys(supplier);
    return this;
  }

  /** A key given once, checked when the client is built. */
  private record FixedKey(String key) implements Supplier<String> {
    @Override
    public String get() {
      return key;
    }

    @Override
    public String toString() {
      return "(set)";
    }
  }

  /** Keys from the application's supplier, checked on each call. */
  private record CheckedKeys(Supplier<String> supplier) implements Supplier<String> {
    @Override
    public String get() {
      String key = supplier.get();
      if (key == null) {
        return null;
      }
      String stripped = key.strip();
      String problem = keyProblem(stripped);
      if (problem != null) {
        throw new MistralException(
            "The API key from the supplier passed to apiKeySupplier(..) "
                + problem
                + ": nothing was sent. Return the key exactly as the Mistral console shows it");
      }
      return stripped;
    }

    @Override
    public String toString() {
      return "(supplier)";
    }
  }

  /**
   * What is wrong with a key (without its surrounding whitespace) as a header value, or null when
   * nothing is. Never includes the key, nor any part of it.
   */
  static String keyProblem(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\r' || c == '\n') {
        return "contains a line break (CR or LF) at position " + i;
      }
      if (c < 0x20 || c == 0x7f) {
        return "contains a control character (U+"
            + String.format("%04X", (int) c)
            + ") at position "
            + i;
      }
      if (c > 0x7e) {
        return "contains a character that is not ASCII at position " + i;
      }
    }
    return null;
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

  /**
   * The longest the server may take none of the request body being sent (a server that stops
   * reading an upload or a long prompt); default 30 s.
   */
  public MistralClientBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return this;
  }

  /** The longest silence while waiting for or reading a response; default 120 s. */
  public MistralClientBuilder responseTimeout(Duration timeout) {
    this.responseTimeout = positive(timeout, "responseTimeout");
    return this;
  }

  /**
   * The longest a stream may go without a complete event, before its first and between two; default
   * 60 s. Comments and partial events do not count as events, and pauses caused by a subscriber
   * that asks for no more are not counted.
   */
  public MistralClientBuilder streamIdleTimeout(Duration timeout) {
    this.streamIdleTimeout = positive(timeout, "streamIdleTimeout");
    return this;
  }

  /**
   * The deadline of a whole call, from its start to its last byte, retries and streaming included;
   * default 10 minutes, which long reasoning answers and large files fit in. {@link Duration#ZERO}
   * turns it off, leaving the other timeouts as the only bounds.
   */
  public MistralClientBuilder callTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "callTimeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("callTimeout must not be negative, was " + timeout);
    }
    this.callTimeout = timeout;
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

  /**
   * The largest event a stream may send, in bytes; default 4 MB. A larger one fails the stream with
   * a {@code MistralStreamException} as it grows past the limit, before it fills the heap.
   */
  public MistralClientBuilder maxEventSize(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxEventSize must be positive, was " + bytes);
    }
    this.maxEventSize = bytes;
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
    Supplier<String> key = apiKey;
    if (key instanceof FixedKey fixed) {
      String stripped = fixed.key().strip();
      if (stripped.isEmpty()) {
        throw new IllegalStateException(
            "The Mistral API key is blank: pass the key to apiKey(..) (with the Spring Boot"
                + " starter, set mistral.api-key or the MISTRAL_API_KEY environment variable)");
      }
      String problem = keyProblem(stripped);
      if (problem != null) {
        throw new IllegalArgumentException(
            "The Mistral API key given to apiKey(..) (with the Spring Boot starter,"
                + " mistral.api-key or the MISTRAL_API_KEY environment variable) "
                + problem
                + ": set the key exactly as the Mistral console shows it, on one line");
      }
      key = new FixedKey(stripped);
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
            key,
            connectTimeout,
            writeTimeout,
            responseTimeout,
            streamIdleTimeout,
            callTimeout,
            retryPolicy,
            maxInMemorySize,
            maxEventSize,
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
    String host = url.getHost().toLowerCase(Locale.ROOT);
    boolean loopback =
        host.equals("localhost")
            || host.endsWith(".localhost")
            || host.startsWith("127.")
            || host.equals("[::1]")
            || host.equals("::1");
    return !loopback;
  }

  static String normalize(String url) {
    String trimmed = url.trim();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (!trimmed.contains("://")) {
      throw new IllegalArgumentException(
          "The base URL '"
              + url
              + "' has no scheme: write it as https://"
              + trimmed
              + " (in baseUrl(..), or mistral.base-url with the Spring Boot starter)");
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
    // Every operation's path starts with /v1: a base URL that ends with it would send /v1/v1/...
    String path = uri.getRawPath();
    if (path != null
        && path.toLowerCase(Locale.ROOT).endsWith("/v1")
        && trimmed.toLowerCase(Locale.ROOT).endsWith("/v1")) {
      String withoutVersion = trimmed.substring(0, trimmed.length() - 3);
      while (withoutVersion.endsWith("/")) {
        withoutVersion = withoutVersion.substring(0, withoutVersion.length() - 1);
      }
      LOG.info(
          "The Mistral base URL "
              + url
              + " ends with /v1, which the client puts in front of every path itself: using "
              + withoutVersion);
      trimmed = withoutVersion;
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
