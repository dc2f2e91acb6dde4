package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A Mistral API simulator: a real HTTP server that speaks every operation of the API with
 * deterministic answers and in-memory state, for tests and offline runs.
 *
 * <pre>{@code
 * try (MockMistralServer mistral = MockMistralServer.start()) {
 *   MistralClient client = MistralClient.builder().apiKey("test").baseUrl(mistral.baseUrl()).build();
 *   mistral.enqueue(MockResponse.answer("Bonjour !"));
 *   assertThat(client.chat().complete("Say hello in French")).isEqualTo("Bonjour !");
 *   assertThat(mistral.takeRequest().path()).isEqualTo("/v1/chat/completions");
 * }
 * }</pre>
 *
 * <p>Everything this class does can also be done over HTTP, from any language, through the control
 * API under {@link #controlUrl()} ({@code /__mistral/…}, a prefix the real API never uses): the
 * same queue, the same recorded requests, the same reset.
 */
public final class MockMistralServer implements AutoCloseable {

  /** The path prefix of the control API. */
  public static final String CONTROL_PREFIX = "/__mistral";

  private static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final DisposableServer server;
  private final String baseUrl;
  private final List<MockResponse> queue = new LinkedList<>();
  private final BlockingQueue<RecordedRequest> untaken = new LinkedBlockingQueue<>();
  private final List<RecordedRequest> recorded = new CopyOnWriteArrayList<>();
  private final Seeds seeds;
  private final ControlApi control;
  private volatile MistralApi api;
  private volatile String requiredApiKey;
  private volatile Duration tokenDelay;
  private final Jobs.Pace jobPace = new Jobs.Pace();
  private final Retirements retirements = new Retirements();

  private MockMistralServer(Builder builder) {
    this.seeds = new Seeds(builder.seed);
    this.requiredApiKey = builder.requiredApiKey;
    this.tokenDelay = builder.tokenDelay;
    this.retirements.fineTuning = builder.retireFineTuning;
    this.control = new ControlApi(this);
    this.server =
        HttpServer.create()
            .host(builder.host)
            .port(builder.port)
            .handle(this::handle)
            .bindNow(Duration.ofSeconds(10));
    // Bound to every interface, the server is reached on loopback from this machine.
    String host =
        "0.0.0.0".equals(builder.host) || "::".equals(builder.host)
            ? "127.0.0.1"
            : bracketed(builder.host);
    this.baseUrl = "http://" + host + ":" + server.port();
    this.api = new MistralApi(baseUrl, jobPace, retirements, seeds);
  }

  private static String bracketed(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /**
   * Starts a simulator on a free loopback port.
   *
   * @return the running simulator; close it to stop it
   */
  public static MockMistralServer start() {
    return builder().start();
  }

  /**
   * Starts a simulator on this loopback port (0 for a free one).
   *
   * @param port the port, 0 for a free one
   * @return the running simulator; close it to stop it
   */
  public static MockMistralServer start(int port) {
    return builder().port(port).start();
  }

  /**
   * A builder for a simulator on another host or port, with a seed, a required key or a token delay
   * from the start.
   *
   * @return a builder with the defaults: loopback, a free port, no seed, no key, no delay
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The settings of a simulator to start; {@link #start()} binds it. */
  public static final class Builder {

    private String host = "127.0.0.1";
    private int port;
    private Long seed;
    private String requiredApiKey;
    private Duration tokenDelay = Duration.ZERO;
    private boolean retireFineTuning;

    private Builder() {}

    /**
     * Answers the legacy fine-tuning jobs routes ({@code /v1/fine_tuning/jobs} and below) with
     * {@code 410 Gone}, as the API does since it retired them; off by default, so the simulator
     * still serves them.
     *
     * @param retired whether those routes answer 410
     * @return this builder
     */
    public Builder retireFineTuning(boolean retired) {
      this.retireFineTuning = retired;
      return this;
    }

    /**
     * The address to listen on: {@code 127.0.0.1} (the default, loopback only), or {@code 0.0.0.0}
     * for every interface, as in a container.
     *
     * @param host the address to bind
     * @return this builder
     */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /**
     * The port to listen on; 0 (the default) picks a free one.
     *
     * @param port the port, from 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Fixes ids and timestamps: with the same seed, the same requests (one at a time) get the same
     * ids, and timestamps that start at 2026-01-01T00:00:00Z and move one second per request.
     * Without a seed (the default) ids are random and timestamps are the wall clock's.
     *
     * @param seed any number; the same one gives the same ids and timestamps
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Answers 401 to any request that does not send {@code Authorization: Bearer <key>}.
     *
     * @param key the key requests must send, or null for none
     * @return this builder
     */
    public Builder requireApiKey(String key) {
      this.requiredApiKey = key;
      return this;
    }

    /**
     * The pause between two events of every stream (default none).
     *
     * @param delay the pause, zero or more
     * @return this builder
     */
    public Builder tokenDelay(Duration delay) {
      this.tokenDelay = checkedTokenDelay(delay);
      return this;
    }

    /**
     * Binds the port and starts answering; close the server to stop it.
     *
     * @return the running simulator; close it to stop it
     */
    public MockMistralServer start() {
      return new MockMistralServer(this);
    }
  }

  /**
   * The base URL to give the client, such as {@code http://127.0.0.1:54321}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The base URL of the control API, such as {@code http://127.0.0.1:54321/__mistral}.
   *
   * @return the control API's base URL
   */
  public String controlUrl() {
    return baseUrl + CONTROL_PREFIX;
  }

  /**
   * The port the simulator listens on.
   *
   * @return this builder
   */
  public int port() {
    return server.port();
  }

  /**
   * The seed ids and timestamps come from, or null when they are random and the wall clock's.
   *
   * @return this builder
   */
  public Long seed() {
    return seeds.fixedSeed();
  }

  /**
   * Answers 401 {@code {"detail":"Unauthorized"}}, as the API does, to any request without {@code
   * Authorization: Bearer <key>}; null turns the check off (the default).
   *
   * @param key the key requests must send, or null for none
   * @return this builder
   */
  public MockMistralServer requireApiKey(String key) {
    this.requiredApiKey = key;
    return this;
  }

  /** Whether requests must carry a key ({@link #requireApiKey(String)}). */
  boolean requiresApiKey() {
    return requiredApiKey != null;
  }

  /**
   * The pause between two events of every stream (default none); a response may override it.
   *
   * @param delay the pause, zero or more
   * @return this builder
   */
  public MockMistralServer tokenDelay(Duration delay) {
    this.tokenDelay = checkedTokenDelay(delay);
    return this;
  }

  /** The pause between two events of every stream. */
  Duration tokenDelay() {
    return tokenDelay;
  }

  private static Duration checkedTokenDelay(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("The token delay must be zero or more, was " + delay);
    }
    return delay;
  }

  /**
   * Whether a fine-tuning or batch job moves one status further each time it is retrieved (the
   * default, so polling ends after a few calls: fine-tuning QUEUED, VALIDATING, RUNNING, SUCCESS;
   * batch QUEUED, RUNNING, SUCCESS). Turn it off to have jobs move only with time ({@link
   * #advanceJobsEvery(Duration)}), or not at all.
   *
   * @param enabled whether a retrieval moves a job on
   * @return this simulator
   */
  public MockMistralServer advanceJobsOnRetrieve(boolean enabled) {
    jobPace.onRetrieve = enabled;
    return this;
  }

  /**
   * Also moves each job one status further every {@code step} of elapsed time since its last move,
   * as the real API does over minutes; null (the default) turns this off. Time is looked at when a
   * job is retrieved or listed, so a job seen late jumps the steps it missed, never past its end
   * (or past VALIDATED when it waits to be started).
   *
   * @param step the time per status, positive, or null for none
   * @return this simulator
   */
  public MockMistralServer advanceJobsEvery(Duration step) {
    if (step != null && (step.isZero() || step.isNegative())) {
      throw new IllegalArgumentException("The step must be positive: " + step);
    }
    jobPace.every = step;
    return this;
  }

  Jobs.Pace jobPace() {
    return jobPace;
  }

  /**
   * Whether the legacy fine-tuning jobs routes answer {@code 410 Gone}, as the API does since it
   * retired them; kept across resets.
   *
   * @param retired whether those routes answer 410
   * @return this simulator
   */
  public MockMistralServer retireFineTuning(boolean retired) {
    retirements.fineTuning = retired;
    return this;
  }

  boolean fineTuningRetired() {
    return retirements.fineTuning;
  }

  /**
   * Serves one more model, such as a fine-tuned classifier a test uses without training it; ids
   * starting with {@code ft:} are listed as fine-tuned models. Requests naming a model the
   * simulator does not serve are answered 400 {@code invalid_model}, as the API does. Forgotten on
   * {@link #reset()}.
   *
   * @param id the model id, such as ft:classifier:sentiment
   * @return this simulator
   */
  public MockMistralServer addModel(String id) {
    if (Objects.requireNonNull(id, "id").isBlank()) {
      throw new IllegalArgumentException("A model id must not be blank");
    }
    api.models().add(id);
    return this;
  }

  /**
   * Queues scripted responses, used in order by the requests they match.
   *
   * @param responses the responses, in the order they are to be used
   * @return this simulator
   */
  public MockMistralServer enqueue(MockResponse... responses) {
    synchronized (queue) {
      for (MockResponse response : responses) {
        queue.add(Objects.requireNonNull(response, "response"));
      }
    }
    return this;
  }

  /** The scripted responses not used yet, in order. */
  List<MockResponse> queued() {
    synchronized (queue) {
      return List.copyOf(queue);
    }
  }

  /** Forgets the scripted responses not used yet. */
  void clearQueue() {
    synchronized (queue) {
      queue.clear();
    }
  }

  /** Forgets the recorded requests, taken or not. */
  void clearRecorded() {
    untaken.clear();
    recorded.clear();
  }

  /**
   * The oldest request not yet taken, waiting up to 10 seconds for one to arrive.
   *
   * @return the request
   */
  public RecordedRequest takeRequest() {
    RecordedRequest request = takeRequest(DEFAULT_TAKE_TIMEOUT);
    if (request == null) {
      throw new IllegalStateException("No request reached the simulator within 10 seconds");
    }
    return request;
  }

  /**
   * The oldest request not yet taken, or null when none arrives within the timeout.
   *
   * @param timeout how long to wait for one
   * @return the request
   */
  public RecordedRequest takeRequest(Duration timeout) {
    try {
      return untaken.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /**
   * Every request received since the start or the last {@link #reset()}, in order.
   *
   * @return the requests, oldest first
   */
  public List<RecordedRequest> recordedRequests() {
    return List.copyOf(recorded);
  }

  /**
   * How many requests were received since the start or the last {@link #reset()}.
   *
   * @return the number of requests
   */
  public int requestCount() {
    return recorded.size();
  }

  /**
   * Forgets the queue, the recorded requests, every file, job, agent, conversation and added model,
   * and starts the seeded ids and clock again; the key check, the token delay and how jobs advance
   * are kept.
   */
  public void reset() {
    synchronized (queue) {
      queue.clear();
    }
    untaken.clear();
    recorded.clear();
    seeds.reset();
    api = new MistralApi(baseUrl, jobPace, retirements, seeds);
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }

  @Override
  public String toString() {
    return "MockMistralServer[" + baseUrl + "]";
  }

  private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    String uri = request.uri();
    if (uri.equals(CONTROL_PREFIX)
        || uri.startsWith(CONTROL_PREFIX + "/")
        || uri.startsWith(CONTROL_PREFIX + "?")) {
      return request
          .receive()
          .aggregate()
          .asByteArray()
          .defaultIfEmpty(new byte[0])
          .flatMap(body -> control.handle(request, body))
          .flatMap(reply -> sendControl(response, reply));
    }
    return request
        .receive()
        .aggregate()
        .asByteArray()
        .defaultIfEmpty(new byte[0])
        .flatMap(body -> answer(record(request, body), response));
  }

  private RecordedRequest record(HttpServerRequest request, byte[] body) {
    String uri = request.uri();
    int question = uri.indexOf('?');
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request
        .requestHeaders()
        .forEach(
            header ->
                headers
                    .computeIfAbsent(header.getKey(), name -> new ArrayList<>())
                    .add(header.getValue()));
    RecordedRequest recordedRequest =
        new RecordedRequest(
            request.method().name(),
            question < 0 ? uri : uri.substring(0, question),
            question < 0 ? "" : uri.substring(question + 1),
            headers,
            body);
    seeds.tick();
    recorded.add(recordedRequest);
    untaken.add(recordedRequest);
    return recordedRequest;
  }

  private Mono<Void> answer(RecordedRequest request, HttpServerResponse response) {
    if (!authorized(request)) {
      return send(response, Reply.json(401, ApiErrors.bodyFor(401)), Duration.ZERO, -1);
    }
    MockResponse script = nextScript(request);
    Mono<Void> reply = Mono.defer(() -> reply(request, script, response));
    return script == null || script.delay().isZero()
        ? reply
        : Mono.delay(script.delay()).then(reply);
  }

  private Mono<Void> reply(
      RecordedRequest request, MockResponse script, HttpServerResponse response) {
    Duration delay =
        script != null && script.tokenDelay() != null ? script.tokenDelay() : tokenDelay;
    int cut = script == null ? -1 : script.cutAfterEvents();
    if (script == null
        || script.kind() == MockResponse.Kind.ANSWER
        || script.kind() == MockResponse.Kind.TOOL_CALL) {
      return send(response, api.handle(request, script), delay, cut);
    }
    return switch (script.kind()) {
      case DISCONNECT -> {
        response.withConnection(Connection::dispose);
        yield Mono.empty();
      }
      case SSE -> {
        Reply events = Reply.events(script.events());
        events.headers.putAll(script.headers());
        yield send(response, events, delay, cut);
      }
      default -> {
        Reply raw =
            Reply.bytes(script.statusCode(), script.body().getBytes(StandardCharsets.UTF_8), null);
        raw.headers.remove("content-type");
        raw.headers.putAll(script.headers());
        yield send(response, raw, delay, cut);
      }
    };
  }

  private boolean authorized(RecordedRequest request) {
    String key = requiredApiKey;
    if (key == null) {
      return true;
    }
    // A signed URL from GET /v1/files/{id}/url works without the key, as the real one does.
    if (request.path().endsWith("/content") && request.queryParameter("signature") != null) {
      return true;
    }
    return ("Bearer " + key).equals(request.header("authorization"));
  }

  private MockResponse nextScript(RecordedRequest request) {
    synchronized (queue) {
      Iterator<MockResponse> scripts = queue.iterator();
      while (scripts.hasNext()) {
        MockResponse script = scripts.next();
        if (script.matches(request.method(), request.path())) {
          scripts.remove();
          return script;
        }
      }
      return null;
    }
  }

  /** A control API reply: no correlation id, so control calls never move the seeded ids on. */
  private static Mono<Void> sendControl(HttpServerResponse response, Reply reply) {
    response.status(reply.status);
    reply.headers.forEach(response::header);
    response.header("content-length", Integer.toString(reply.body.length));
    return response.sendByteArray(Mono.just(reply.body)).then();
  }

  private Mono<Void> send(HttpServerResponse response, Reply reply, Duration delay, int cut) {
    response.status(reply.status);
    reply.headers.forEach(response::header);
    response.header("mistral-correlation-id", seeds.uuid());
    if (!reply.isStream()) {
      response.header("content-length", Integer.toString(reply.body.length));
      return reply.body.length == 0
          ? response.send().then()
          : response.sendByteArray(Mono.just(reply.body)).then();
    }
    List<String> events =
        cut >= 0 ? reply.events.subList(0, Math.min(cut, reply.events.size())) : reply.events;
    Flux<String> flux = Flux.fromIterable(events);
    if (!delay.isZero()) {
      flux =
          flux.index()
              .concatMap(
                  event ->
                      event.getT1() == 0
                          ? Mono.just(event.getT2())
                          : Mono.just(event.getT2()).delayElement(delay));
    }
    Mono<Void> sent = response.sendString(flux, StandardCharsets.UTF_8).then();
    if (cut < 0) {
      return sent;
    }
    // Closing before the handler completes means the final empty chunk is never written, so the
    // client sees the body end early, as when a connection drops mid-stream.
    return sent.then(
        Mono.defer(
            () -> {
              response.withConnection(Connection::dispose);
              return Mono.<Void>empty();
            }));
  }
}
