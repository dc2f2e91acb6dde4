package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.observation.MistralObservedRequest;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine behind both client faces: sends JSON and event-stream requests straight on Reactor
 * Netty (through Spring's {@link WebClient} when the application handed in a builder whose filters
 * must apply), multipart uploads and downloads on {@link WebClient} ({@link WebClientExchange}),
 * reads JSON and event streams with the client's own mapper, maps failures to the client's
 * exceptions, retries what may be retried and observes every call ({@link TransportObservations}).
 * One instance per client; it owns its connection pool and releases it on {@link #close()}.
 */
public final class MistralTransport implements AutoCloseable {

  private static final String USER_AGENT_HEADER = "User-Agent";

  private static final byte[] EMPTY = new byte[0];

  static final String USER_AGENT =
      "mistral-spring/" + ClientVersion.VERSION + " Java/" + System.getProperty("java.version");

  private final TransportSettings settings;
  private final JsonMapper mapper;
  private final ConnectionProvider connectionProvider;
  // Multipart uploads, downloads, and every call when the application handed in a builder.
  private final WebClientExchange viaWebClient;
  // JSON and event-stream calls go straight to Reactor Netty unless the application handed in a
  // WebClient.Builder whose filters must apply: WebClient's per-request wrappers and header maps
  // roughly halved throughput in the benchmarks.
  private final HttpClient directClient;
  // Event streams are not compressed in practice, and the decompressing handler costs about 7% of
  // stream throughput even when nothing is compressed: streams ask for plain bodies.
  private final HttpClient directStreamClient;
  private final boolean direct;
  // The last key and its header value: a fixed key builds the header once, a rotating one anew.
  private volatile Authorization lastAuthorization = new Authorization(null, null);
  private final Map<MistralOperation, URI> fixedUris = new ConcurrentHashMap<>();
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<String> deprecationsWarned = ConcurrentHashMap.newKeySet();
  private final TransportObservations observations;

  /** Builds the transport and its connection pool. */
  public MistralTransport(TransportSettings settings) {
    this.settings = settings;
    this.mapper = MistralJson.mapper();
    this.observations = new TransportObservations(settings, this::encode);
    this.connectionProvider = connectionProvider(settings);
    HttpClient httpClient =
        HttpClient.create(connectionProvider)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
            .responseTimeout(settings.responseTimeout())
            // The key goes to the base URL only: a redirect elsewhere is never followed.
            .followRedirect(false)
            .compress(settings.compression());
    if (settings.proxy() != null) {
      httpClient = httpClient.proxy(spec -> proxy(spec, settings.proxy()));
    }
    this.directClient = httpClient.headers(headers -> headers.set(USER_AGENT_HEADER, USER_AGENT));
    this.directStreamClient = directClient.compress(false);
    this.direct = settings.webClientBuilder() == null;
    this.viaWebClient = new WebClientExchange(this, settings, httpClient, mapper);
  }

  private static void proxy(ProxyProvider.TypeSpec spec, TransportSettings.Proxy proxy) {
    ProxyProvider.Builder builder =
        spec.type(ProxyProvider.Proxy.HTTP).host(proxy.host()).port(proxy.port());
    if (proxy.username() != null) {
      builder.username(proxy.username()).password(user -> proxy.password());
    }
    if (proxy.nonProxyHosts() != null) {
      builder.nonProxyHosts(proxy.nonProxyHosts());
    }
  }

  private static ConnectionProvider connectionProvider(TransportSettings settings) {
    ConnectionProvider.Builder pool =
        ConnectionProvider.builder(settings.name())
            .maxConnections(settings.maxConnections())
            .pendingAcquireMaxCount(settings.maxPendingAcquires())
            .pendingAcquireTimeout(settings.pendingAcquireTimeout())
            .maxIdleTime(settings.maxIdleTime())
            .evictInBackground(evictionInterval(settings.maxIdleTime()));
    if (MicrometerSupport.PRESENT) {
      pool.metrics(true);
    }
    return pool.build();
  }

  private static Duration evictionInterval(Duration maxIdleTime) {
    Duration half = maxIdleTime.dividedBy(2);
    return half.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : half;
  }

  /** The settings this transport was built from. */
  public TransportSettings settings() {
    return settings;
  }

  /** The pool of connections this transport owns. */
  public ConnectionProvider connectionProvider() {
    return connectionProvider;
  }

  /** Sends a request and reads its JSON response as {@code type}. */
  public <T> Mono<T> exchange(MistralRequest request, Class<T> type) {
    return exchange(request, readers.computeIfAbsent(type, mapper::readerFor));
  }

  /** Sends a request and reads its JSON response as a generic type. */
  public <T> Mono<T> exchange(MistralRequest request, TypeReference<T> type) {
    return exchange(request, mapper.readerFor(type));
  }

  private <T> Mono<T> exchange(MistralRequest request, ObjectReader reader) {
    MistralOperation operation = request.operation();
    Mono<T> call =
        Mono.defer(
            () -> {
              URI uri = uri(request);
              Mono<T> attempt;
              if (direct && request.multipart() == null) {
                attempt = directExchange(request, uri, encode(request.body()), reader);
              } else {
                attempt = viaWebClient.exchange(request, uri, reader);
              }
              return attempt
                  .onErrorMap(failure -> translate(failure, operation, settings.responseTimeout()))
                  .retryWhen(new RetryDecider(settings.retryPolicy(), request, () -> false));
            });
    return observations.observe(request, call);
  }

  /**
   * Sends a request whose response is a server-sent event stream and reads each event's data as
   * {@code type}; the stream must end with {@code [DONE]}.
   */
  public <T> Flux<T> stream(MistralRequest request, Class<T> type) {
    ObjectReader reader = readers.computeIfAbsent(type, mapper::readerFor);
    return stream(
        request, (event, bytes, offset, length) -> read(reader, bytes, offset, length), true);
  }

  /**
   * Sends a request whose response is a server-sent event stream and reads each event with {@code
   * payloadReader}; when {@code requireDone} is set, a stream that ends without {@code [DONE]}
   * fails.
   */
  public <T> Flux<T> stream(
      MistralRequest request, ServerSentEventReader<T> payloadReader, boolean requireDone) {
    return observations.observe(
        request, Flux.defer(() -> streamAttempt(request, payloadReader, requireDone, 0)));
  }

  /**
   * One attempt at a stream, and the next one after a failure the retry policy allows: never once
   * the stream produced a value. A plain error-resume loop rather than {@code retryWhen}, whose
   * serializing wrapper would sit on every value of every stream.
   */
  private <T> Flux<T> streamAttempt(
      MistralRequest request,
      ServerSentEventReader<T> payloadReader,
      boolean requireDone,
      long retriesSoFar) {
    MistralOperation operation = request.operation();
    URI uri = uri(request);
    ServerSentEventFlux.Progress progress = new ServerSentEventFlux.Progress();
    Flux<T> attempt;
    if (direct && request.multipart() == null) {
      attempt =
          directStream(request, uri, encode(request.body()), payloadReader, requireDone, progress);
    } else {
      attempt = viaWebClient.stream(request, uri, payloadReader, requireDone, progress);
    }
    return attempt.onErrorResume(
        failure -> {
          Throwable translated = translate(failure, operation, settings.streamIdleTimeout());
          Duration delay =
              new RetryDecider(settings.retryPolicy(), request, progress::emitted)
                  .delayBeforeRetry(translated, retriesSoFar);
          if (delay == null) {
            return Flux.error(translated);
          }
          return Mono.delay(delay)
              .thenMany(
                  Flux.defer(
                      () -> streamAttempt(request, payloadReader, requireDone, retriesSoFar + 1)));
        });
  }

  /** Reads a JSON value, mapping a parse failure to a stream error that keeps the data. */
  <T> T read(ObjectReader reader, byte[] bytes, int offset, int length) {
    try {
      return reader.readValue(bytes, offset, length);
    } catch (JacksonException failure) {
      throw new MistralResponseParseException(
          "Could not read a stream event as "
              + reader.getValueType()
              + ": "
              + failure.getOriginalMessage(),
          200,
          new String(bytes, offset, length, StandardCharsets.UTF_8),
          failure);
    }
  }

  /**
   * Sends a request and streams its response body as it arrives, for downloads: nothing is held in
   * memory beyond the buffers in flight. The subscriber must release each buffer ({@code
   * DataBufferUtils.release}); cancelling closes the connection. An error status fails the flux
   * with the client's exception for it.
   */
  public Flux<DataBuffer> download(MistralRequest request) {
    MistralOperation operation = request.operation();
    Flux<DataBuffer> call =
        Flux.defer(
            () -> {
              AtomicBoolean emitted = new AtomicBoolean();
              Flux<DataBuffer> attempt = viaWebClient.download(request, uri(request));
              return attempt
                  .onErrorMap(failure -> translate(failure, operation, settings.responseTimeout()))
                  .doOnNext(value -> emitted.lazySet(true))
                  .retryWhen(new RetryDecider(settings.retryPolicy(), request, emitted::get));
            });
    return observations.observe(request, call);
  }

  /** The header by which the API says that the model answering is deprecated, and from when. */
  static final String DEPRECATION_HEADER = "x-model-deprecation-timestamp";

  private static final Log logger = LogFactory.getLog(MistralTransport.class);

  void warnIfDeprecated(MistralRequest request, List<String> values) {
    if (values == null || values.isEmpty()) {
      return;
    }
    String model =
        request.body() instanceof MistralObservedRequest observedRequest
                && observedRequest.model() != null
            ? observedRequest.model()
            : request.operation().path();
    if (deprecationsWarned.add(model)) {
      logger.warn(
          "The Mistral model "
              + model
              + " is deprecated and will be retired on "
              + values.get(0)
              + ": move to a newer model before then");
    }
  }

  // The direct path: Reactor Netty with no WebClient in between.

  private HttpClient.ResponseReceiver<?> directSend(
      HttpClient client,
      MistralRequest request,
      URI uri,
      byte[] body,
      CharSequence accept,
      Duration readTimeout) {
    String authorization = authorization();
    return client
        .request(io.netty.handler.codec.http.HttpMethod.valueOf(request.operation().method()))
        .uri(uri)
        .send(
            (out, outbound) -> {
              out.responseTimeout(readTimeout);
              io.netty.handler.codec.http.HttpHeaders headers = out.requestHeaders();
              headers.set(HttpHeaderNames.AUTHORIZATION, authorization);
              headers.set(HttpHeaderNames.ACCEPT, accept);
              if (body == null) {
                return outbound;
              }
              headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON);
              headers.setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
              return outbound.sendByteArray(Mono.just(body));
            });
  }

  private <T> Mono<T> directExchange(
      MistralRequest request, URI uri, byte[] body, ObjectReader reader) {
    MistralOperation operation = request.operation();
    return directSend(
            directClient,
            request,
            uri,
            body,
            HttpHeaderValues.APPLICATION_JSON,
            settings.responseTimeout())
        .response(
            (response, content) -> {
              int status = response.status().code();
              warnIfDeprecated(request, response.responseHeaders().getAll(DEPRECATION_HEADER));
              Mono<byte[]> bytes = aggregate(content);
              if (status >= 200 && status < 300) {
                return bytes.map(data -> decode(operation, status, data, reader));
              }
              return bytes
                  .defaultIfEmpty(EMPTY)
                  .flatMap(data -> Mono.<T>error(directError(operation, response, data)));
            })
        .next();
  }

  private <T> Flux<T> directStream(
      MistralRequest request,
      URI uri,
      byte[] body,
      ServerSentEventReader<T> payloadReader,
      boolean requireDone,
      ServerSentEventFlux.Progress progress) {
    MistralOperation operation = request.operation();
    return directSend(
            directStreamClient,
            request,
            uri,
            body,
            "text/event-stream",
            settings.streamIdleTimeout())
        .response(
            (response, content) -> {
              int status = response.status().code();
              warnIfDeprecated(request, response.responseHeaders().getAll(DEPRECATION_HEADER));
              if (status < 200 || status >= 300) {
                return aggregate(content)
                    .defaultIfEmpty(EMPTY)
                    .flatMapMany(data -> Flux.<T>error(directError(operation, response, data)));
              }
              String contentType = response.responseHeaders().get(HttpHeaderNames.CONTENT_TYPE);
              if (contentType != null
                  && !MediaType.TEXT_EVENT_STREAM.isCompatibleWith(
                      MediaType.parseMediaType(contentType))) {
                return aggregate(content)
                    .defaultIfEmpty(EMPTY)
                    .flatMapMany(
                        data ->
                            Flux.<T>error(
                                notAnEventStream(operation, status, contentType, text(data))));
              }
              // Each buffer is read in onNext, before Reactor Netty releases it.
              return new ServerSentEventFlux<>(content, payloadReader, requireDone, progress);
            });
  }

  /** Collects a body, failing as soon as it grows past the in-memory limit. */
  private Mono<byte[]> aggregate(ByteBufFlux content) {
    int limit = settings.maxInMemorySize();
    long[] total = {0};
    return ByteBufFlux.fromInbound(
            content.doOnNext(
                buffer -> {
                  total[0] += buffer.readableBytes();
                  if (total[0] > limit) {
                    throw new DataBufferLimitException(
                        "Exceeded limit on max bytes to buffer : " + limit);
                  }
                }))
        .aggregate()
        .asByteArray();
  }

  private static Throwable directError(
      MistralOperation operation, HttpClientResponse response, byte[] body) {
    HttpHeaders headers = new HttpHeaders();
    for (Map.Entry<String, String> header : response.responseHeaders()) {
      headers.add(header.getKey(), header.getValue());
    }
    return ErrorResponses.toException(
        operation.method(), operation.path(), response.status().code(), headers, text(body));
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  static MistralResponseParseException notAnEventStream(
      MistralOperation operation, int status, Object contentType, String body) {
    return new MistralResponseParseException(
        "The response to "
            + operation.method()
            + " "
            + operation.path()
            + " (status "
            + status
            + ") is "
            + contentType
            + ", not an event stream",
        status,
        body,
        null);
  }

  <T> T decode(MistralOperation operation, int status, byte[] body, ObjectReader reader) {
    try {
      T value = reader.readValue(body);
      if (value == null) {
        throw new MistralResponseParseException(
            "The response to " + operation.method() + " " + operation.path() + " had an empty body",
            status,
            "",
            null);
      }
      return value;
    } catch (JacksonException failure) {
      throw new MistralResponseParseException(
          "Could not read the response to "
              + operation.method()
              + " "
              + operation.path()
              + " (status "
              + status
              + ") as "
              + reader.getValueType()
              + ": "
              + failure.getOriginalMessage(),
          status,
          text(body),
          failure);
    }
  }

  private record Authorization(String key, String header) {}

  String authorization() {
    String key = settings.apiKey().get();
    Authorization last = lastAuthorization;
    if (key != null && key == last.key()) {
      return last.header();
    }
    if (key == null || key.isBlank()) {
      throw new MistralException(
          "The API key supplier gave no key: set mistral.api-key or the MISTRAL_API_KEY environment"
              + " variable, or return a key from the supplier passed to apiKeySupplier(..)");
    }
    String header = "Bearer " + key;
    lastAuthorization = new Authorization(key, header);
    return header;
  }

  byte[] encode(Object body) {
    if (body == null) {
      return null;
    }
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JacksonException failure) {
      throw new MistralException(
          "Could not write the request body of type "
              + body.getClass().getName()
              + " as JSON: "
              + failure.getOriginalMessage(),
          failure);
    }
  }

  private URI uri(MistralRequest request) {
    MistralOperation operation = request.operation();
    if (request.pathVariables().length == 0 && request.query() == null) {
      return fixedUris.computeIfAbsent(operation, op -> URI.create(settings.baseUrl() + op.path()));
    }
    StringBuilder uri = new StringBuilder(settings.baseUrl());
    PathTemplate.expand(uri, operation.path(), request.pathVariables());
    if (request.query() != null) {
      char separator = '?';
      for (Map.Entry<String, Object> parameter : request.query().entrySet()) {
        Iterable<?> values =
            parameter.getValue() instanceof Iterable<?> many ? many : List.of(parameter.getValue());
        for (Object value : values) {
          uri.append(separator)
              .append(UriUtils.encode(parameter.getKey(), StandardCharsets.UTF_8))
              .append('=')
              .append(UriUtils.encode(String.valueOf(value), StandardCharsets.UTF_8));
          separator = '&';
        }
      }
    }
    return URI.create(uri.toString());
  }

  /**
   * Writes the path with each {@code {name}} replaced by the next value, fully percent-encoded: a
   * value can never add a path segment or a query, and braces in values are not templates.
   */
  private static void expandPath(StringBuilder uri, String template, Object[] values) {
    int next = 0;
    int position = 0;
    while (position < template.length()) {
      int open = template.indexOf('{', position);
      if (open < 0) {
        uri.append(template, position, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      uri.append(template, position, open);
      if (next >= values.length) {
        throw new IllegalArgumentException(
            "No value for " + template.substring(open, close + 1) + " in " + template);
      }
      Object value = values[next++];
      if (value == null || String.valueOf(value).isEmpty()) {
        throw new IllegalArgumentException(
            template.substring(open + 1, close) + " must not be empty in " + template);
      }
      uri.append(UriUtils.encode(String.valueOf(value), StandardCharsets.UTF_8));
      position = close + 1;
    }
  }

  /** Maps a failure of the HTTP layer to the client's exceptions; the client's own pass through. */
  static Throwable translate(Throwable failure, MistralOperation operation, Duration timeout) {
    if (failure instanceof MistralException) {
      return failure;
    }
    String call = operation.method() + " " + operation.path();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MistralException mistral) {
        return mistral;
      }
      if (cause instanceof DataBufferLimitException) {
        return new MistralException(
            "The response to "
                + call
                + " is larger than the in-memory limit: raise mistral.max-in-memory-size (or"
                + " maxInMemorySize on the builder)",
            failure);
      }
      if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
        return new MistralTimeoutException(
            "No response to " + call + " within " + timeout, timeout, failure);
      }
      if (cause instanceof ConnectException
          || cause instanceof ConnectTimeoutException
          || cause instanceof UnknownHostException
          || cause.getClass().getSimpleName().startsWith("PoolAcquire")) {
        return new MistralIoException(
            "Could not connect to send " + call + ": " + cause.getMessage(), false, failure);
      }
    }
    return new MistralIoException(
        "The connection failed during " + call + ": " + failure.getMessage(), true, failure);
  }

  /** Releases the connection pool. Requests in flight fail. Calling it again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      connectionProvider.dispose();
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }
}
