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
import org.jspecify.annotations.Nullable;
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
  private @Nullable Supplier<String> apiKey;
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
  private WebClient.@Nullable Builder webClientBuilder;
  private @Nullable String defaultChatModel = DefaultModels.CHAT;
  private @Nullable String defaultFimModel = DefaultModels.FIM;
  private @Nullable String defaultEmbeddingsModel = DefaultModels.EMBEDDINGS;
  private @Nullable String defaultModerationModel = DefaultModels.MODERATION;
  private @Nullable String defaultOcrModel = DefaultModels.OCR;
  private @Nullable String defaultTranscriptionModel = DefaultModels.TRANSCRIPTION;
  private TransportSettings.@Nullable Proxy proxy;
  private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;
  private @Nullable MistralObservationConvention observationConvention;
  private boolean observeContent;

  MistralClientBuilder() {}

  /**
   * The API key, sent as a bearer token to the base URL and nowhere else. Surrounding whitespace (a
   * line break from a file, say) is removed; a key that still holds a control character (CR, LF,
   * NUL, ...) or a character that is not ASCII is refused when the client is built.
   *
   * @param key the key from the Mistral console
   * @return this builder
   * @throws NullPointerException when {@code key} is null
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
   *
   * @param supplier called on each request for the current key, such as a read of a rotated secret
   * @return this builder
   * @throws NullPointerException when {@code supplier} is null
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
      if (key == null || key.isBlank()) {
        throw new MistralException(
            "The supplier passed to apiKeySupplier(..) returned "
                + (key == null ? "no key (null)" : "a blank key")
                + ": nothing was sent. Return the key exactly as the Mistral console shows it");
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
  static @Nullable String keyProblem(String key) {
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

  /**
   * The API's base URL; default {@value #DEFAULT_BASE_URL}.
   *
   * @param url the base URL, such as {@code https://api.mistral.ai} or a gateway in front of it
   * @return this builder
   */
  public MistralClientBuilder baseUrl(String url) {
    this.baseUrl = Objects.requireNonNull(url, "baseUrl");
    return this;
  }

  /**
   * The longest wait for a TCP connection; default 10 s.
   *
   * @param timeout the connect timeout; must be positive
   * @return this builder
   */
  public MistralClientBuilder connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return this;
  }

  /**
   * The longest the server may take none of the request body being sent (a server that stops
   * reading an upload or a long prompt); default 30 s.
   *
   * @param timeout the write timeout; must be positive
   * @return this builder
   */
  public MistralClientBuilder writeTimeout(Duration timeout) {
    this.writeTimeout = positive(timeout, "writeTimeout");
    return this;
  }

  /**
   * The longest silence while waiting for or reading a response; default 120 s.
   *
   * @param timeout the response timeout; must be positive
   * @return this builder
   */
  public MistralClientBuilder responseTimeout(Duration timeout) {
    this.responseTimeout = positive(timeout, "responseTimeout");
    return this;
  }

  /**
   * The longest a stream may go without a complete event, before its first and between two; default
   * 60 s. Comments and partial events do not count as events, and pauses caused by a subscriber
   * that asks for no more are not counted.
   *
   * @param timeout the stream idle timeout; must be positive
   * @return this builder
   */
  public MistralClientBuilder streamIdleTimeout(Duration timeout) {
    this.streamIdleTimeout = positive(timeout, "streamIdleTimeout");
    return this;
  }

  /**
   * The deadline of a whole call, from its start to its last byte, retries and streaming included;
   * default 10 minutes, which long reasoning answers and large files fit in. {@link Duration#ZERO}
   * turns it off, leaving the other timeouts as the only bounds.
   *
   * @param timeout the deadline of a call; {@link Duration#ZERO} for none
   * @return this builder
   * @throws IllegalArgumentException when {@code timeout} is negative
   */
  public MistralClientBuilder callTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "callTimeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("callTimeout must not be negative, was " + timeout);
    }
    this.callTimeout = timeout;
    return this;
  }

  /**
   * How failed calls are retried; default {@link RetryPolicy#defaults()}.
   *
   * @param policy the retry policy, such as {@code RetryPolicy.none()} to turn retries off
   * @return this builder
   */
  public MistralClientBuilder retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return this;
  }

  /**
   * The largest response body held in memory, in bytes; default 64 MB (OCR and embeddings).
   *
   * @param bytes the limit, in bytes; must be positive
   * @return this builder
   * @throws IllegalArgumentException when {@code bytes} is not positive
   */
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
   *
   * @param bytes the limit of one event, in bytes; must be positive
   * @return this builder
   * @throws IllegalArgumentException when {@code bytes} is not positive
   */
  public MistralClientBuilder maxEventSize(int bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("maxEventSize must be positive, was " + bytes);
    }
    this.maxEventSize = bytes;
    return this;
  }

  /**
   * The most connections open at once; default 500.
   *
   * @param connections the size of the connection pool; must be positive
   * @return this builder
   * @throws IllegalArgumentException when {@code connections} is not positive
   */
  public MistralClientBuilder maxConnections(int connections) {
    if (connections <= 0) {
      throw new IllegalArgumentException("maxConnections must be positive, was " + connections);
    }
    this.maxConnections = connections;
    return this;
  }

  /**
   * How many requests may wait for a connection when all are busy; default 1000, -1 for no limit.
   *
   * @param pending the most waiting requests; -1 for no limit
   * @return this builder
   */
  public MistralClientBuilder maxPendingAcquires(int pending) {
    this.maxPendingAcquires = pending;
    return this;
  }

  /**
   * How long a request waits for a free connection; default 45 s.
   *
   * @param timeout the longest wait for a connection; must be positive
   * @return this builder
   */
  public MistralClientBuilder pendingAcquireTimeout(Duration timeout) {
    this.pendingAcquireTimeout = positive(timeout, "pendingAcquireTimeout");
    return this;
  }

  /**
   * How long an unused connection is kept; default 20 s, below the idle timeouts of common load
   * balancers, so a connection they dropped is never reused.
   *
   * @param idle the idle time after which a connection is closed; must be positive
   * @return this builder
   */
  public MistralClientBuilder maxIdleTime(Duration idle) {
    this.maxIdleTime = positive(idle, "maxIdleTime");
    return this;
  }

  /**
   * Whether to accept gzip-compressed responses (event streams never ask); default true.
   *
   * @param enabled false to ask for uncompressed responses
   * @return this builder
   */
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
   *
   * @param builder the application's builder, such as the one Spring Boot provides; null to go
   *     straight on Reactor Netty
   * @return this builder
   */
  public MistralClientBuilder webClientBuilder(WebClient.@Nullable Builder builder) {
    this.webClientBuilder = builder;
    return this;
  }

  /**
   * A name for the client's connection pool, shown in its metrics; default {@code mistral}.
   *
   * @param poolName the pool's name, such as {@code mistral-batch} for a second client
   * @return this builder
   */
  public MistralClientBuilder name(String poolName) {
    this.name = Objects.requireNonNull(poolName, "name");
    return this;
  }

  /**
   * The model for chat completions and conversations whose request names none; default {@value
   * DefaultModels#CHAT}, null for none (such a request then fails before it is sent).
   *
   * @param model the model's name, such as {@code mistral-large-latest}; null for none, so each
   *     request must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultChatModel(@Nullable String model) {
    this.defaultChatModel = model;
    return this;
  }

  /**
   * The model for fill-in-the-middle completions whose request names none; default {@value
   * DefaultModels#FIM}, null for none.
   *
   * @param model the model's name, such as {@code codestral-latest}; null for none, so each request
   *     must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultFimModel(@Nullable String model) {
    this.defaultFimModel = model;
    return this;
  }

  /**
   * The model for embeddings whose request names none; default {@value DefaultModels#EMBEDDINGS},
   * null for none.
   *
   * @param model the model's name, such as {@code mistral-embed}; null for none, so each request
   *     must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultEmbeddingsModel(@Nullable String model) {
    this.defaultEmbeddingsModel = model;
    return this;
  }

  /**
   * The model for moderations whose request names none; default {@value DefaultModels#MODERATION},
   * null for none.
   *
   * @param model the model's name, such as {@code mistral-moderation-latest}; null for none, so
   *     each request must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultModerationModel(@Nullable String model) {
    this.defaultModerationModel = model;
    return this;
  }

  /**
   * The model for OCR requests that name none; default {@value DefaultModels#OCR}, null for none.
   *
   * @param model the model's name, such as {@code mistral-ocr-latest}; null for none, so each
   *     request must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultOcrModel(@Nullable String model) {
    this.defaultOcrModel = model;
    return this;
  }

  /**
   * The model for audio transcriptions whose request names none; default {@value
   * DefaultModels#TRANSCRIPTION}, null for none (such a request then fails before it is sent). The
   * transcription endpoint serves transcription models only (voxtral-mini-latest and its dated
   * versions); chat models that understand audio, such as voxtral-small-latest, are refused there.
   *
   * @param model the model's name, such as {@code voxtral-mini-latest}; null for none, so each
   *     request must name its own
   * @return this builder
   */
  public MistralClientBuilder defaultTranscriptionModel(@Nullable String model) {
    this.defaultTranscriptionModel = model;
    return this;
  }

  /**
   * Connects through an HTTP proxy at this host and port; none by default.
   *
   * @param host the proxy's host name or address
   * @param port the proxy's port, 1 to 65535
   * @return this builder
   * @throws IllegalArgumentException when {@code port} is out of range
   */
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

  /**
   * The credentials the proxy asks for (Basic authentication); call after {@link #proxy}.
   *
   * @param username the user the proxy authenticates
   * @param password the user's password, never printed nor logged
   * @return this builder
   * @throws IllegalStateException when {@link #proxy} was not called first
   */
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
   *
   * @param hosts the hosts, separated by {@code |}; null or blank for none
   * @return this builder
   * @throws IllegalStateException when {@link #proxy} was not called first
   */
  public MistralClientBuilder nonProxyHosts(@Nullable String hosts) {
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

  static @Nullable String nonProxyHostsPattern(@Nullable String hosts) {
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
   *
   * @param registry the registry, such as the application's; null for none
   * @return this builder
   */
  public MistralClientBuilder observationRegistry(@Nullable ObservationRegistry registry) {
    this.observationRegistry = registry == null ? ObservationRegistry.NOOP : registry;
    return this;
  }

  /**
   * Replaces the default names and tags of the observations; null restores the default.
   *
   * @param convention the names and tags to use; null for the default
   * @return this builder
   */
  public MistralClientBuilder observationConvention(
      @Nullable MistralObservationConvention convention) {
    this.observationConvention = convention;
    return this;
  }

  /**
   * Whether observations record the request body and the generated text (as high-cardinality tags,
   * which tracing sends on); default false, as prompts may hold personal data.
   *
   * @param include true to record prompts and completions
   * @return this builder
   */
  public MistralClientBuilder observeContent(boolean include) {
    this.observeContent = include;
    return this;
  }

  /**
   * Builds the blocking client.
   *
   * @return a blocking client, which owns its reactive client; close it when done
   * @throws IllegalStateException when no API key was set
   */
  public MistralClient build() {
    return MistralClient.of(buildReactive());
  }

  /**
   * Builds the reactive client.
   *
   * @return a reactive client; close it when done
   * @throws IllegalStateException when no API key was set
   */
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
                defaultOcrModel,
                defaultTranscriptionModel),
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
