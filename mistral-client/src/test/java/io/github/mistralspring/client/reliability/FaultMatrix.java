package io.github.mistralspring.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.reliability.RawHttpStub.chunk;
import static io.github.mistralspring.client.reliability.RawHttpStub.chunkedHead;
import static io.github.mistralspring.client.reliability.RawHttpStub.pause;
import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.ANSWER;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.CHAT_RESPONSE;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.KEY;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chunkData;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.event;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.TestEngine;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The fault matrix, run on both HTTP paths ({@link FaultMatrixDirectTest}, {@link
 * FaultMatrixWebClientTest}): for each operation family (unary JSON, streaming, multipart upload,
 * download) and each fault, the documented outcome (retried and succeeded, or the typed exception
 * with the status and body), within a bound, without the key in any exception.
 */
abstract class FaultMatrix {

  /** Puts the client on one of the two HTTP paths. */
  abstract MistralClientBuilder onWire(MistralClientBuilder builder);

  @RegisterExtension static MistralWireMock api = new MistralWireMock();

  @RegisterExtension static MistralWireMock elsewhere = new MistralWireMock();

  /** The response and stream-idle timeout of every client in the matrix. */
  static final Duration TIMEOUT = Duration.ofMillis(1500);

  /** The default two retries, with fixed short waits: 100 ms, then 200 ms. */
  static final RetryPolicy FAST =
      RetryPolicy.defaults()
          .withBackoff(Duration.ofMillis(100), Duration.ofMillis(200))
          .withJitter(0);

  /** The longest any case may take. */
  static final Duration BOUND = Duration.ofSeconds(10);

  static final String PROXY_PAGE =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1>"
          + "</center><hr><center>nginx</center></body></html>";

  static final MistralOperation UPLOAD = MistralOperation.statefulPost("files.upload", "/v1/files");

  static final MistralOperation DOWNLOAD =
      MistralOperation.get("files.download", "/v1/files/{file_id}/content");

  static final String DOWNLOADED = "line-1\nline-2\nline-3\n";

  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void closeResources() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  /** An operation family: how it is called, where, and what a good answer is. */
  enum Family {
    UNARY("POST", "/v1/chat/completions", true, "application/json", CHAT_RESPONSE, ANSWER),
    STREAM("POST", "/v1/chat/completions", true, "text/event-stream", stream("Par", "is"), "Paris"),
    UPLOAD(
        "POST",
        "/v1/files",
        false,
        "application/json",
        "{\"id\":\"file-1\",\"object\":\"file\"}",
        "file-1"),
    DOWNLOAD(
        "GET",
        "/v1/files/file-1/content",
        true,
        "application/octet-stream",
        DOWNLOADED,
        DOWNLOADED);

    final String method;
    final String path;
    final boolean repeatable;
    final String contentType;
    final String okBody;
    final String expected;

    Family(
        String method,
        String path,
        boolean repeatable,
        String contentType,
        String okBody,
        String expected) {
      this.method = method;
      this.path = path;
      this.repeatable = repeatable;
      this.contentType = contentType;
      this.okBody = okBody;
      this.expected = expected;
    }

    ResponseDefinitionBuilder ok() {
      return aResponse().withHeader("Content-Type", contentType).withBody(okBody);
    }

    /** Makes the call; items of a stream or download are added to {@code received} as they come. */
    Mono<String> call(MistralClient client, List<String> received) {
      return switch (this) {
        case UNARY ->
            client
                .reactive()
                .chat()
                .complete(ReliabilityFixtures.request())
                .map(r -> r.firstContent());
        case STREAM ->
            client.reactive().chat().stream(ReliabilityFixtures.request())
                .map(CompletionChunk::deltaText)
                .doOnNext(received::add)
                .collect(Collectors.joining());
        case UPLOAD -> {
          MultipartBodyBuilder parts = new MultipartBodyBuilder();
          parts.part("purpose", "fine-tune");
          parts
              .part(
                  "file",
                  new ByteArrayResource("{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8)))
              .filename("train.jsonl");
          yield TestEngine.of(client)
              .exchange(
                  MistralRequest.of(FaultMatrix.UPLOAD).multipart(parts.build()), JsonNode.class)
              .map(node -> node.path("id").asString());
        }
        case DOWNLOAD ->
            TestEngine.of(client)
                .download(MistralRequest.of(FaultMatrix.DOWNLOAD).pathVariables("file-1"))
                .map(
                    buffer -> {
                      try {
                        return buffer.toString(StandardCharsets.UTF_8);
                      } finally {
                        DataBufferUtils.release(buffer);
                      }
                    })
                .doOnNext(received::add)
                .collect(Collectors.joining());
      };
    }
  }

  /** A started server for one case: where it listens and how many requests reached it. */
  record Server(String baseUrl, IntSupplier attempts) {}

  @FunctionalInterface
  interface Setup {
    Server start(Family family, FaultMatrix test) throws Exception;
  }

  /** What a case must end with. */
  static final class Expect {
    Class<? extends Throwable> failure;
    int attempts = -1;
    Integer received;
    Duration min = Duration.ZERO;
    Duration max = BOUND;
    Consumer<Throwable> details = failure -> {};

    static Expect succeeds() {
      return new Expect();
    }

    static Expect fails(Class<? extends Throwable> type) {
      Expect expect = new Expect();
      expect.failure = type;
      return expect;
    }

    Expect attempts(int count) {
      this.attempts = count;
      return this;
    }

    Expect received(int count) {
      this.received = count;
      return this;
    }

    Expect within(Duration least, Duration most) {
      this.min = least;
      this.max = most;
      return this;
    }

    Expect and(Consumer<Throwable> check) {
      this.details = this.details.andThen(check);
      return this;
    }

    Expect status(int status) {
      return and(
          failure -> {
            if (failure instanceof MistralApiException api) {
              assertThat(api.statusCode()).isEqualTo(status);
            } else {
              assertThat(((MistralResponseParseException) failure).statusCode()).isEqualTo(status);
            }
          });
    }

    Expect requestSent(boolean sent) {
      return and(
          failure -> assertThat(((MistralIoException) failure).requestSent()).isEqualTo(sent));
    }
  }

  /** One cell of the matrix; named after its fault. */
  record Case(String fault, Setup setup, Expect expect, RetryPolicy policy) {
    @Override
    public String toString() {
      return fault;
    }
  }

  // --- The matrix, one parameterized test per family -------------------------------------------

  @ParameterizedTest(name = "{0}")
  @MethodSource("unaryCases")
  void unaryJson(Case fault) throws Exception {
    run(Family.UNARY, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("streamCases")
  void streaming(Case fault) throws Exception {
    run(Family.STREAM, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uploadCases")
  void multipartUpload(Case fault) throws Exception {
    run(Family.UPLOAD, fault);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("downloadCases")
  void download(Case fault) throws Exception {
    run(Family.DOWNLOAD, fault);
  }

  @Test
  void streamingBodyThatIsNotAnEventStream() throws Exception {
    String page = "<html><body>Welcome to the captive portal</body></html>";
    run(
        Family.STREAM,
        new Case(
            "200 with a body that is not an event stream",
            wiremock(aResponse().withHeader("Content-Type", "text/html").withBody(page)),
            // A parse failure must never hide what the server said: status and body are kept.
            Expect.fails(MistralResponseParseException.class)
                .attempts(1)
                .status(200)
                .and(
                    e -> assertThat(((MistralResponseParseException) e).rawBody()).isEqualTo(page)),
            FAST));
  }

  static Stream<Case> unaryCases() {
    return Stream.concat(common(Family.UNARY).stream(), jsonBodyCases(Family.UNARY).stream());
  }

  static Stream<Case> uploadCases() {
    return Stream.concat(common(Family.UPLOAD).stream(), jsonBodyCases(Family.UPLOAD).stream());
  }

  static Stream<Case> downloadCases() {
    List<Case> cases = common(Family.DOWNLOAD);
    cases.add(
        new Case(
            "download idle longer than the response timeout",
            raw(
                write(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                        + "Content-Length: 1000\r\n\r\nline-1\n"),
                pause(5000)),
            Expect.fails(MistralTimeoutException.class).attempts(1).received(1),
            FAST));
    return cases.stream();
  }

  static Stream<Case> streamCases() {
    List<Case> cases = common(Family.STREAM);
    cases.add(
        new Case(
            "stream idle longer than the idle timeout",
            raw(
                write(chunkedHead("text/event-stream") + chunk(event(chunkData("Par")))),
                pause(5000)),
            Expect.fails(MistralTimeoutException.class)
                .attempts(1)
                .received(1)
                .within(TIMEOUT.minusMillis(50), Duration.ofMillis(4500)),
            FAST));
    cases.add(
        new Case(
            "completion stream ending without [DONE]",
            wiremock(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(event(chunkData("Par")) + event(chunkData("is")))),
            Expect.fails(MistralStreamException.class)
                .attempts(1)
                .received(2)
                .and(e -> assertThat(e).hasMessageContaining("without its [DONE] marker")),
            FAST));
    cases.add(
        new Case(
            "[DONE] followed by more data",
            wiremock(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(stream("Par", "is") + event(chunkData(" and more")) + "garbage\n")),
            Expect.succeeds().attempts(1),
            FAST));
    cases.add(
        new Case(
            "error object inside a 200 stream",
            wiremock(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(
                        event(chunkData("Par"))
                            + event(
                                "{\"object\":\"error\",\"message\":\"Service overloaded\","
                                    + "\"type\":\"internal\",\"code\":\"3000\"}"))),
            Expect.fails(MistralStreamException.class)
                .attempts(1)
                .received(1)
                .and(e -> assertThat(e).hasMessageContaining("Service overloaded"))
                .and(
                    e ->
                        assertThat(((MistralStreamException) e).rawEvent())
                            .contains("\"code\":\"3000\"")),
            FAST));
    cases.add(
        new Case(
            "200 stream with event data that is not JSON",
            wiremock(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(event("not json at all") + event("[DONE]"))),
            Expect.fails(MistralResponseParseException.class)
                .attempts(1)
                .status(200)
                .and(
                    e ->
                        assertThat(((MistralResponseParseException) e).rawBody())
                            .isEqualTo("not json at all")),
            FAST));
    return cases.stream();
  }

  /** The faults every family meets. */
  static List<Case> common(Family family) {
    int sent = family.repeatable ? 3 : 1;
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "connection refused",
            FaultMatrix::refused,
            // Nothing was sent, so every family retries: two waits of 100 and 200 ms.
            Expect.fails(MistralIoException.class)
                .requestSent(false)
                .within(Duration.ofMillis(300), BOUND),
            FAST));
    cases.add(
        new Case(
            "connection reset before response",
            wiremock(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
            Expect.fails(MistralIoException.class).attempts(sent).requestSent(true),
            FAST));
    cases.add(
        new Case(
            "empty response",
            wiremock(aResponse().withFault(Fault.EMPTY_RESPONSE)),
            Expect.fails(MistralIoException.class).attempts(sent).requestSent(true),
            FAST));
    cases.add(
        new Case(
            "malformed HTTP chunk",
            wiremock(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
            Expect.fails(MistralIoException.class).attempts(sent).requestSent(true),
            FAST));
    cases.add(
        new Case(
            "random bytes then close",
            wiremock(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)),
            Expect.fails(MistralIoException.class).attempts(sent).requestSent(true),
            FAST));
    cases.add(
        new Case(
            "response slower than the response timeout",
            wiremock(family.ok().withFixedDelay(4000)),
            Expect.fails(MistralTimeoutException.class)
                .attempts(sent)
                .within(TIMEOUT.multipliedBy(sent).minusMillis(50), BOUND)
                .and(e -> assertThat(((MistralTimeoutException) e).timeout()).isEqualTo(TIMEOUT)),
            FAST));
    cases.add(
        new Case(
            "cut after a valid prefix",
            cutAfterPrefix(family),
            family == Family.STREAM || family == Family.DOWNLOAD
                // Data was already delivered: the failure is surfaced, never retried.
                ? Expect.fails(MistralIoException.class).attempts(1).received(1).requestSent(true)
                : Expect.fails(MistralIoException.class).attempts(sent).requestSent(true),
            FAST));
    cases.add(
        new Case(
            "non-JSON 502 page from a proxy",
            wiremock(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody(PROXY_PAGE)),
            Expect.fails(MistralServerException.class)
                .attempts(sent)
                .status(502)
                .and(e -> assertThat(((MistralApiException) e).rawBody()).isEqualTo(PROXY_PAGE)),
            FAST));
    cases.add(
        new Case(
            "429 with Retry-After in seconds",
            sequence(aResponse().withStatus(429).withHeader("Retry-After", "1"), family.ok()),
            Expect.succeeds().attempts(2).within(Duration.ofMillis(950), BOUND),
            FAST));
    cases.add(
        new Case(
            "429 with Retry-After as an HTTP date",
            (f, test) ->
                sequence(
                        aResponse()
                            .withStatus(429)
                            .withHeader(
                                "Retry-After",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                    ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2))),
                        f.ok())
                    .start(f, test),
            // The date has whole seconds: the wait is between 1 and 2 s.
            Expect.succeeds().attempts(2).within(Duration.ofMillis(900), BOUND),
            FAST));
    cases.add(
        new Case(
            "429 with Retry-After larger than the cap",
            sequence(aResponse().withStatus(429).withHeader("Retry-After", "120"), family.ok()),
            Expect.fails(MistralRateLimitException.class)
                .attempts(1)
                .status(429)
                .within(Duration.ZERO, Duration.ofSeconds(2))
                .and(
                    e ->
                        assertThat(((MistralApiException) e).retryAfter())
                            .contains(Duration.ofSeconds(120))),
            FAST));
    cases.add(
        new Case(
            "429 without Retry-After",
            sequence(aResponse().withStatus(429), family.ok()),
            Expect.succeeds().attempts(2).within(Duration.ofMillis(100), BOUND),
            FAST));
    ResponseDefinitionBuilder unavailable =
        aResponse()
            .withStatus(503)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"message\":\"Service unavailable\"}");
    Setup threeTimes = sequence(unavailable, unavailable, unavailable, family.ok());
    cases.add(
        new Case(
            family.repeatable
                ? "503 three times then 200, default 2 retries: fails"
                : "503 on a state-changing POST, default 2 retries: not retried",
            threeTimes,
            Expect.fails(MistralServerException.class).attempts(sent).status(503),
            FAST));
    cases.add(
        new Case(
            family.repeatable
                ? "503 three times then 200, 3 retries: succeeds"
                : "503 on a state-changing POST, 3 retries: not retried",
            threeTimes,
            family.repeatable
                ? Expect.succeeds().attempts(4)
                : Expect.fails(MistralServerException.class).attempts(1).status(503),
            FAST.withMaxRetries(3)));
    cases.add(
        new Case(
            "401 never retried",
            wiremock(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"Unauthorized\",\"request_id\":\"r1\"}")),
            Expect.fails(MistralAuthenticationException.class)
                .attempts(1)
                .status(401)
                .and(
                    e ->
                        assertThat(((MistralApiException) e).errorMessage())
                            .contains("Unauthorized")),
            FAST));
    cases.add(
        new Case(
            "redirect to another host: the key does not follow",
            (f, test) -> {
              elsewhere.stubFor(WireMock.any(WireMock.anyUrl()).willReturn(f.ok()));
              return wiremock(
                      aResponse()
                          .withStatus(307)
                          .withHeader("Location", elsewhere.baseUrl() + f.path))
                  .start(f, test);
            },
            Expect.fails(MistralApiException.class)
                .attempts(1)
                .status(307)
                .and(e -> assertThat(elsewhere.getAllServeEvents()).isEmpty()),
            FAST));
    return cases;
  }

  /** The faults of families that read a JSON body. */
  static List<Case> jsonBodyCases(Family family) {
    String page = "<html><body>Welcome to the captive portal</body></html>";
    return List.of(
        new Case(
            "200 with a body that is not JSON",
            wiremock(aResponse().withHeader("Content-Type", "application/json").withBody(page)),
            Expect.fails(MistralResponseParseException.class)
                .attempts(1)
                .status(200)
                .and(
                    e -> assertThat(((MistralResponseParseException) e).rawBody()).isEqualTo(page)),
            FAST),
        new Case(
            "200 with JSON of the wrong shape",
            wiremock(
                aResponse().withHeader("Content-Type", "application/json").withBody("[1,2,3]")),
            family == Family.UPLOAD
                // The upload reads a JsonNode: any JSON is accepted, and the id is missing.
                ? Expect.succeeds().attempts(1)
                : Expect.fails(MistralResponseParseException.class)
                    .attempts(1)
                    .status(200)
                    .and(
                        e ->
                            assertThat(((MistralResponseParseException) e).rawBody())
                                .isEqualTo("[1,2,3]")),
            FAST));
  }

  // --- Setups ------------------------------------------------------------------------------------

  static Server refused(Family family, FaultMatrix test) throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    return new Server("http://127.0.0.1:" + port, () -> -1);
  }

  static Setup wiremock(ResponseDefinitionBuilder response) {
    return (family, test) -> {
      api.stubFor(
          WireMock.request(family.method, urlPathEqualTo(family.path)).willReturn(response));
      return new Server(api.baseUrl(), () -> api.getAllServeEvents().size());
    };
  }

  /** Answers with each response in turn; the last one answers every later request. */
  static Setup sequence(ResponseDefinitionBuilder... responses) {
    return (family, test) -> {
      String state = STARTED;
      for (int i = 0; i < responses.length; i++) {
        String next = "step-" + (i + 1);
        var stub =
            WireMock.request(family.method, urlPathEqualTo(family.path))
                .inScenario("turns")
                .whenScenarioStateIs(state)
                .willReturn(responses[i]);
        if (i < responses.length - 1) {
          stub = stub.willSetStateTo(next);
        }
        api.stubFor(stub);
        state = next;
      }
      return new Server(api.baseUrl(), () -> api.getAllServeEvents().size());
    };
  }

  static Setup raw(RawHttpStub.Step... steps) {
    return (family, test) -> {
      RawHttpStub stub = new RawHttpStub(List.of(steps));
      test.resources.add(stub);
      return new Server(stub.baseUrl(), stub::requests);
    };
  }

  /** A response whose first part is valid, then the connection closes. */
  static Setup cutAfterPrefix(Family family) {
    String body = family.okBody;
    String half = body.substring(0, body.length() / 2);
    if (family == Family.STREAM) {
      return raw(
          write(chunkedHead("text/event-stream") + chunk(event(chunkData("Par")))),
          pause(200),
          write(chunk(event(chunkData("is")).substring(0, 20))),
          pause(100));
    }
    return raw(
        write(
            "HTTP/1.1 200 OK\r\nContent-Type: "
                + family.contentType
                + "\r\nContent-Length: "
                + body.length()
                + "\r\n\r\n"
                + half),
        pause(200));
  }

  // --- Running a case ----------------------------------------------------------------------------

  private void run(Family family, Case fault) throws Exception {
    Server server = fault.setup().start(family, this);
    List<String> received = new CopyOnWriteArrayList<>();
    String result = null;
    Throwable failure = null;
    long start = System.nanoTime();
    try (MistralClient client =
        onWire(ReliabilityFixtures.builder(server.baseUrl()))
            .retryPolicy(fault.policy())
            .responseTimeout(TIMEOUT)
            .streamIdleTimeout(TIMEOUT)
            .build()) {
      try {
        // A generous outer bound: if it fires, the call hung (IllegalStateException).
        result = family.call(client, received).block(BOUND.plusSeconds(4));
      } catch (IllegalStateException hung) {
        throw new AssertionError(fault + ": the call did not end within " + BOUND, hung);
      } catch (RuntimeException thrown) {
        failure = thrown;
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Expect expect = fault.expect();
    System.out.printf(
        "matrix %-10s %-9s | %-55s | %s | attempts=%d | %d ms%n",
        getClass().getSimpleName().replace("FaultMatrix", "").replace("Test", ""),
        family,
        fault,
        failure == null ? "ok: " + result : failure.getClass().getSimpleName(),
        server.attempts().getAsInt(),
        elapsed.toMillis());

    if (expect.failure == null) {
      assertThat(failure).as("failure").isNull();
      if (fault.fault().startsWith("200 with JSON")) {
        assertThat(result).isEmpty();
      } else {
        assertThat(result).isEqualTo(family.expected);
      }
    } else {
      assertThat(failure).as("failure").isInstanceOf(expect.failure);
      expect.details.accept(failure);
      assertNoKey(failure);
    }
    if (expect.attempts >= 0) {
      assertThat(server.attempts().getAsInt()).as("attempts").isEqualTo(expect.attempts);
    }
    if (expect.received != null) {
      assertThat(received).as("items received before the failure").hasSize(expect.received);
    }
    assertThat(elapsed).as("elapsed").isBetween(expect.min, expect.max);
  }

  /** Neither the failure nor any of its causes names the key. */
  static void assertNoKey(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
      assertThat(t.toString()).doesNotContain(KEY);
      for (Throwable suppressed : t.getSuppressed()) {
        assertThat(suppressed.toString()).doesNotContain(KEY);
      }
      if (t instanceof MistralApiException api) {
        assertThat(String.valueOf(api.rawBody())).doesNotContain(KEY);
        assertThat(api.headers().toString()).doesNotContain(KEY);
      }
    }
  }
}
