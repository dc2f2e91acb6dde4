package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralClientClosedException;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralPoolExhaustedException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.json.MistralJson;
import io.netty.buffer.Unpooled;
import io.netty.handler.ssl.NotSslRecordException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The engine behind both client faces. Every call goes the same way: the request is written (JSON,
 * or multipart streamed from its files), sent by a {@link WireExchange} — straight on Reactor
 * Netty, or through the application's {@code WebClient} when it asked for that — and read by one
 * {@link ResponseFlux}, which handles status, content type and encoding, size limits, errors,
 * deprecation warnings, decoding and time bounds once for both. Failed attempts are retried by the
 * {@link RetryDecider}'s rules; every call is observed ({@link TransportObservations}).
 *
 * <p>One instance per client. Building one only keeps its settings: the JSON mapper, the connection
 * pool and the Reactor machinery are built on the first call, so that an application that starts
 * with a client and never calls it pays nothing for them at start-up. {@link #close()} fails the
 * calls in flight, refuses later ones and releases the pool, if one was built.
 */
public final class MistralTransport implements AutoCloseable {

  // In a holder: the version is read from the jar with the first call, not when a client is built.
  private static final class UserAgent {
    static final String VALUE =
        "mistral-spring/" + ClientVersion.VERSION + " Java/" + System.getProperty("java.version");
  }

  /** The header by which the API says that the model answering is deprecated, and from when. */
  static final String DEPRECATION_HEADER = "x-model-deprecation-timestamp";

  // The most of an error body kept: the first part says what went wrong; the status is kept anyway.
  private static final int ERROR_BODY_LIMIT = 1024 * 1024;

  // JSON bodies longer than this are sent in slices of this size.
  private static final int JSON_SLICE = 64 * 1024;

  private static final Log logger = LogFactory.getLog(MistralTransport.class);

  private final TransportSettings settings;
  private final TransportObservations observations;
  // Built on the first call: a client that is never used opens no pool.
  private volatile Connections connections;
  private volatile WireExchange wire;
  // Completes on close: ends the waits between retries at once. Built with the connections, as
  // only a call that has made an attempt waits; guarded by this until then.
  private Sinks.Empty<Void> closing;
  // The last key and its header value: a fixed key builds the header once, a rotating one anew.
  private volatile Authorization lastAuthorization = new Authorization(null, null);
  private final Map<MistralOperation, URI> fixedUris = new ConcurrentHashMap<>();
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Set<String> deprecationsWarned = ConcurrentHashMap.newKeySet();

  /**
   * Builds the transport from checked settings; nothing costly is built until the first call.
   *
   * @param settings what the transport connects to and how
   */
  public MistralTransport(TransportSettings settings) {
    this.settings = settings;
    this.observations = new TransportObservations(settings, this::encode);
  }

  // The shared mapper, loaded with the first call that reads or writes JSON (MistralJson's class
  // initialisation builds it), not with the client.
  private static JsonMapper mapper() {
    return MistralJson.mapper();
  }

  private static ObjectReader readerFor(Class<?> type) {
    return mapper().readerFor(type);
  }

  /** The settings this transport was built from. */
  public TransportSettings settings() {
    return settings;
  }

  /** The pool of connections this transport owns, built now if no call has built it yet. */
  public ConnectionProvider connectionProvider() {
    return connections().pool();
  }

  private Connections connections() {
    Connections built = connections;
    if (built == null) {
      synchronized (this) {
        built = connections;
        if (built == null) {
          if (closed.get()) {
            throw closedException();
          }
          built = new Connections(settings, UserAgent.VALUE);
          closing = Sinks.empty();
          wire =
              settings.webClientBuilder() == null
                  ? new DirectExchange(built.httpClient())
                  : new WebClientExchange(
                      settings.webClientBuilder(), built.httpClient(), UserAgent.VALUE);
          connections = built;
        }
      }
    }
    return built;
  }

  private Sinks.Empty<Void> closing() {
    connections();
    synchronized (this) {
      return closing;
    }
  }

  private WireExchange wire() {
    WireExchange current = wire;
    if (current == null) {
      connections();
      current = wire;
    }
    return current;
  }

  /** Sends a request and reads its JSON response as {@code type}. */
  public <T> Mono<T> exchange(MistralRequest request, Class<T> type) {
    return exchange(request, readers.computeIfAbsent(type, MistralTransport::readerFor));
  }

  /** Sends a request and reads its JSON response as a generic type. */
  public <T> Mono<T> exchange(MistralRequest request, TypeReference<T> type) {
    return exchange(request, mapper().readerFor(type));
  }

  private <T> Mono<T> exchange(MistralRequest request, ObjectReader reader) {
    String call = describe(request.operation());
    Mono<T> result =
        Mono.fromDirect(
            call(
                request,
                false,
                "application/json",
                head -> {
                  warnIfDeprecated(request, head);
                  int status = head.status();
                  return status >= 200 && status < 300
                      ? encoded(
                          head,
                          new JsonBodyDecoder<>(
                              reader, call, status, settings.maxInMemorySize(), length(head)),
                          call)
                      : failure(request, head);
                }));
    return observations.observe(request, result);
  }

  /**
   * Sends a request whose success carries no value, such as a {@code 204 No Content}, and completes
   * once the response ended; a body, if the server sends one, is read and let go. An error status
   * fails with the client's exception for it, as for {@link #exchange(MistralRequest, Class)}.
   */
  public Mono<Void> send(MistralRequest request) {
    String call = describe(request.operation());
    Mono<Void> result =
        Mono.fromDirect(
            call(
                request,
                false,
                "application/json",
                head -> {
                  warnIfDeprecated(request, head);
                  int status = head.status();
                  return status >= 200 && status < 300
                      ? encoded(head, new DiscardingDecoder(), call)
                      : failure(request, head);
                }));
    return observations.observe(request, result);
  }

  /**
   * Sends a request whose response is a server-sent event stream and reads each event's data as
   * {@code type}; the stream must end with {@code [DONE]}.
   */
  public <T> Flux<T> stream(MistralRequest request, Class<T> type) {
    ObjectReader reader = readers.computeIfAbsent(type, MistralTransport::readerFor);
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
    String call = describe(request.operation());
    Flux<T> events =
        call(
            request,
            true,
            "text/event-stream",
            head -> {
              warnIfDeprecated(request, head);
              int status = head.status();
              if (status < 200 || status >= 300) {
                return failure(request, head);
              }
              String contentType = head.header("content-type");
              if (contentType != null && !isEventStream(contentType)) {
                // A proxy page or a JSON error with a 200: keep what the server said.
                return encoded(
                    head,
                    new TextBodyDecoder<>(
                        ERROR_BODY_LIMIT,
                        text -> notAnEventStream(request.operation(), status, contentType, text)),
                    call);
              }
              return encoded(
                  head,
                  new ServerSentEventDecoder<>(payloadReader, requireDone, settings.maxEventSize()),
                  call);
            });
    return observations.observe(request, events);
  }

  /**
   * Sends a request and streams its response body as it arrives, for downloads: nothing is held in
   * memory beyond the buffers in flight. The subscriber must release each buffer ({@code
   * DataBufferUtils.release}); cancelling closes the connection. An error status fails the flux
   * with the client's exception for it.
   */
  public Flux<DataBuffer> download(MistralRequest request) {
    String call = describe(request.operation());
    Flux<DataBuffer> body =
        call(
            request,
            false,
            "*/*",
            head -> {
              warnIfDeprecated(request, head);
              int status = head.status();
              return status >= 200 && status < 300
                  ? encoded(head, new DownloadDecoder(), call)
                  : failure(request, head);
            });
    return observations.observe(request, body);
  }

  /**
   * One call: the request is written once, then attempted until an attempt succeeds or the retry
   * rules give up. A plain error-resume loop rather than {@code retryWhen}, whose serializing
   * wrapper would sit on every value of every stream.
   */
  private <T> Flux<T> call(
      MistralRequest request, boolean stream, String accept, ResponseFlux.Reader<T> reader) {
    return Flux.deferContextual(
        context -> {
          if (closed.get()) {
            return Flux.error(closedException());
          }
          MistralOperation operation = request.operation();
          Duration callTimeout = request.options().timeout();
          CallLimits limits =
              new CallLimits(
                  describe(operation),
                  stream,
                  settings.writeTimeout(),
                  settings.responseTimeout(),
                  settings.streamIdleTimeout(),
                  callTimeout != null ? callTimeout : settings.callTimeout());
          ResponseCapture capture = ResponseCapture.in(context);
          ResponseFlux.Reader<T> read =
              capture == null
                  ? reader
                  : head -> {
                    capture.record(head);
                    return reader.open(head);
                  };
          URI uri = uri(request);
          RequestBody body = body(request);
          // Event streams are never compressed in practice and decompressing them costs: plain.
          boolean gzip = settings.compression() && !stream;
          return attempt(request, limits, uri, body, accept, gzip, read, 0);
        });
  }

  private <T> Flux<T> attempt(
      MistralRequest request,
      CallLimits limits,
      URI uri,
      RequestBody body,
      String accept,
      boolean gzip,
      ResponseFlux.Reader<T> reader,
      long retriesSoFar) {
    if (closed.get()) {
      return Flux.error(closedException());
    }
    Attempt attempt = new Attempt();
    WireRequest wireRequest;
    try {
      wireRequest =
          new WireRequest(
              request.operation().method(),
              uri,
              authorization(),
              accept,
              gzip,
              request.options().headers(),
              body);
    } catch (RuntimeException refused) {
      return Flux.error(refused);
    }
    Flux<T> response = ResponseFlux.of(wire().exchange(wireRequest), reader, limits, attempt, this);
    return response.onErrorResume(
        failure -> {
          Throwable translated = translate(failure, request.operation(), attempt);
          Duration delay =
              new RetryDecider(settings.retryPolicy(), request, attempt::emitted)
                  .delayBeforeRetry(translated, retriesSoFar);
          if (delay == null
              || closed.get()
              || limits.expiredAfter(delay)
              || (!repeatable(body) && attempt.requestSent())) {
            return Flux.error(translated);
          }
          return Mono.delay(delay)
              .takeUntilOther(closing().asMono())
              .thenMany(
                  Flux.defer(
                      () ->
                          attempt(
                              request, limits, uri, body, accept, gzip, reader, retriesSoFar + 1)));
        });
  }

  /** Whether a body can be sent again: none, JSON, files; not one read from a stream. */
  private static boolean repeatable(RequestBody body) {
    return body == null || body.repeatable();
  }

  private RequestBody body(MistralRequest request) {
    if (request.multipart() != null) {
      return MultipartBody.of(request.multipart());
    }
    byte[] json = encode(request.jsonBody());
    if (json == null) {
      return null;
    }
    if (json.length <= JSON_SLICE) {
      return new RequestBody.Json(json);
    }
    // A long prompt goes in slices, so that each slice the socket sends counts as progress against
    // the write timeout (WriteProgressHandler).
    int slices = (json.length + JSON_SLICE - 1) / JSON_SLICE;
    return new RequestBody.Streamed(
        "application/json",
        json.length,
        true,
        () ->
            Flux.range(0, slices)
                .map(
                    slice ->
                        Unpooled.wrappedBuffer(
                            json,
                            slice * JSON_SLICE,
                            Math.min(JSON_SLICE, json.length - slice * JSON_SLICE))));
  }

  /** The decoder for an error status: keeps the status, headers and the start of the body. */
  private <T> BodyDecoder<T> failure(MistralRequest request, ResponseHead head) {
    MistralOperation operation = request.operation();
    if (head.status() < 200) {
      throw new MistralIoException(
          "The server answered "
              + describe(operation)
              + " with "
              + head.status()
              + ", which the client never asks for",
          true,
          null);
    }
    return encoded(
        head,
        new TextBodyDecoder<>(
            ERROR_BODY_LIMIT,
            text -> ErrorResponses.toException(operation.method(), operation.path(), head, text)),
        describe(operation));
  }

  /** The decoder for a body as sent: decompressed first when the server compressed it. */
  private <T> BodyDecoder<T> encoded(ResponseHead head, BodyDecoder<T> decoder, String call) {
    String encoding = head.header("content-encoding");
    if (encoding == null) {
      return decoder;
    }
    String normalized = encoding.trim().toLowerCase(Locale.ROOT);
    if (normalized.isEmpty() || normalized.equals("identity")) {
      return decoder;
    }
    if (InflatingDecoder.reads(normalized)) {
      return new InflatingDecoder<>(decoder, normalized, call);
    }
    throw new MistralResponseParseException(
        "The response to "
            + call
            + " (status "
            + head.status()
            + ") is encoded as '"
            + encoding
            + "', which the client did not ask for and cannot read",
        head.status(),
        "",
        null);
  }

  private static long length(ResponseHead head) {
    if (head.header("content-encoding") != null) {
      return -1;
    }
    String length = head.header("content-length");
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException unreadable) {
      return -1;
    }
  }

  private static boolean isEventStream(String contentType) {
    return contentType.trim().toLowerCase(Locale.ROOT).startsWith("text/event-stream");
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

  private void warnIfDeprecated(MistralRequest request, ResponseHead head) {
    List<String> values = head.headers(DEPRECATION_HEADER);
    if (values.isEmpty()) {
      return;
    }
    String model = request.model() != null ? request.model() : request.operation().path();
    if (deprecationsWarned.add(model)) {
      logger.warn(
          "The Mistral model "
              + model
              + " is deprecated and will be retired on "
              + values.get(0)
              + ": move to a newer model before then");
    }
  }

  static MistralResponseParseException notAnEventStream(
      MistralOperation operation, int status, Object contentType, String body) {
    return new MistralResponseParseException(
        "The response to "
            + describe(operation)
            + " (status "
            + status
            + ") is "
            + contentType
            + ", not an event stream",
        status,
        body,
        null);
  }

  private record Authorization(String key, String header) {}

  String authorization() {
    String key = settings.apiKey().get();
    Authorization last = lastAuthorization;
    // The builder's suppliers never give a blank key: a fixed key is checked when the client is
    // built, a supplied one on each call.
    if (key == last.key()) {
      return last.header();
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
      return mapper().writeValueAsBytes(body);
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

  private static String describe(MistralOperation operation) {
    return operation.method() + " " + operation.path();
  }

  /** Maps a failure of the HTTP layer to the client's exceptions; the client's own pass through. */
  Throwable translate(Throwable failure, MistralOperation operation, Attempt attempt) {
    if (failure instanceof MistralException) {
      return failure;
    }
    String call = describe(operation);
    boolean sent = attempt.requestSent();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MistralException mistral) {
        return mistral;
      }
      if (isPool(cause, "PoolShutdownException") && closed.get()) {
        return closedException();
      }
      if (isPool(cause, "PoolAcquirePendingLimitException")) {
        return new MistralPoolExhaustedException(
            "No connection for "
                + call
                + ": all "
                + settings.maxConnections()
                + " connections are busy and "
                + settings.maxPendingAcquires()
                + " calls already wait for one. Raise mistral.pool.max-pending-acquires or"
                + " mistral.pool.max-connections (maxPendingAcquires(..), maxConnections(..) on"
                + " the builder), or send fewer calls at once",
            failure);
      }
      if (isPool(cause, "PoolAcquireTimeoutException")) {
        return new MistralPoolExhaustedException(
            "No connection for "
                + call
                + " became free within "
                + settings.pendingAcquireTimeout()
                + ": all "
                + settings.maxConnections()
                + " are busy. Raise mistral.pool.max-connections or"
                + " mistral.pool.pending-acquire-timeout (maxConnections(..),"
                + " pendingAcquireTimeout(..) on the builder)",
            failure);
      }
      if (cause instanceof NotSslRecordException
          || (cause instanceof SSLException ssl && looksLikePlainHttp(ssl))) {
        return new MistralIoException(
            "Could not open a TLS connection to "
                + settings.baseUrl()
                + " for "
                + call
                + ": the server does not speak TLS. If it is a plain-HTTP server (a local"
                + " simulator, say), use an http:// base URL",
            sent,
            failure);
      }
      if (cause instanceof ReadTimeoutException || cause instanceof TimeoutException) {
        return new MistralTimeoutException(
            "No response to " + call + " within " + settings.responseTimeout(),
            settings.responseTimeout(),
            failure);
      }
      if (cause instanceof ConnectException
          || cause instanceof io.netty.channel.ConnectTimeoutException
          || cause instanceof UnknownHostException) {
        return new MistralIoException(
            "Could not connect to send " + call + ": " + cause.getMessage(), false, failure);
      }
      if (cause instanceof PrematureCloseException) {
        return new MistralIoException(
            "The connection closed during " + call + " before the response was complete",
            sent,
            failure);
      }
    }
    if (closed.get()) {
      return closedException();
    }
    return new MistralIoException(
        "The connection failed during " + call + ": " + failure.getMessage(), sent, failure);
  }

  /** Whether a failure is the pool's (its types are internal to Reactor Netty: matched by name). */
  private static boolean isPool(Throwable failure, String simpleName) {
    return failure.getClass().getSimpleName().equals(simpleName);
  }

  private static boolean looksLikePlainHttp(SSLException failure) {
    String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
    return message.contains("plaintext") || message.contains("not an ssl/tls record");
  }

  private MistralClientClosedException closedException() {
    return new MistralClientClosedException(
        "This Mistral client was closed: it sends no more calls (build a new client)");
  }

  /**
   * Closes the client: calls in flight fail at once with {@link MistralClientClosedException},
   * later calls fail without sending anything, and the connection pool is released. Calling it
   * again does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Connections built;
    Sinks.Empty<Void> waits;
    synchronized (this) {
      built = connections;
      waits = closing;
    }
    if (built == null) {
      // No call was ever made: nothing is in flight, waiting or pooled.
      return;
    }
    waits.tryEmitEmpty();
    Watchdog.get().forEachOf(this, call -> call.fail(closedException()));
    built.dispose();
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed.get();
  }
}
