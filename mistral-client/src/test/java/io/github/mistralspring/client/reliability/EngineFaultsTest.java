package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chatResponse;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chunkData;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.request;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralClientClosedException;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralPoolExhaustedException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.StoredFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The engine's promises against servers that misbehave on purpose, byte by byte, on both HTTP
 * paths: a response never reaches a call other than its own, no wait outlives its bound, memory and
 * connections stay within their limits, and {@code close()} means what it says. Each case is
 * bounded in time; a case that hangs fails.
 */
class EngineFaultsTest {

  /** The two HTTP paths a client can take. */
  enum Wire {
    DIRECT,
    WEB_CLIENT;

    MistralClientBuilder on(MistralClientBuilder builder) {
      return this == WEB_CLIENT ? builder.webClientBuilder(WebClient.builder()) : builder;
    }
  }

  private static final Duration BOUND = Duration.ofSeconds(20);

  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void closeResources() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  private HostileServer server(HostileServer.Handler handler) throws IOException {
    HostileServer server = new HostileServer(handler);
    resources.add(server);
    return server;
  }

  private MistralClient client(HostileServer server, Wire wire, MistralClientBuilderStep... steps) {
    MistralClientBuilder builder =
        wire.on(ReliabilityFixtures.builder(server.baseUrl())).retryPolicy(RetryPolicy.none());
    for (MistralClientBuilderStep step : steps) {
      builder = step.apply(builder);
    }
    MistralClient client = builder.build();
    resources.add(client);
    return client;
  }

  @FunctionalInterface
  interface MistralClientBuilderStep {
    MistralClientBuilder apply(MistralClientBuilder builder);
  }

  private static String sseHead() {
    return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n";
  }

  private static String chunk(String data) {
    return Integer.toHexString(data.getBytes(StandardCharsets.UTF_8).length)
        + "\r\n"
        + data
        + "\r\n";
  }

  private static final String LAST_CHUNK = "0\r\n\r\n";

  private static String fileJson(String id) {
    return "{\"id\":\""
        + id
        + "\",\"object\":\"file\",\"bytes\":3,\"created_at\":1,\"filename\":\"a.jsonl\","
        + "\"purpose\":\"fine-tune\",\"sample_type\":\"instruct\",\"source\":\"upload\"}";
  }

  // --- 1. A response never reaches another call ---------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void interimResponsesAreSkippedAndTheRealAnswerNeverReachesTheNextCall(Wire wire)
      throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              String path = exchange.head().split(" ")[1];
              String interim =
                  "HTTP/1.1 103 Early Hints\r\nLink: </hint>; rel=preload\r\n\r\n"
                      + "HTTP/1.1 102 Processing\r\n\r\n";
              boolean first = exchange.request() % 2 == 1;
              String word = first ? "first" : "second";
              if (first) {
                exchange.write(interim);
              }
              if (path.startsWith("/v1/files/")) {
                exchange.respond(200, "application/json", fileJson(word));
              } else if (exchange.head().contains("text/event-stream")) {
                String body = stream(word);
                exchange.respond(200, "text/event-stream", body);
              } else {
                exchange.respond(200, "application/json", chatResponse(word));
              }
            });
    // One connection, so that the second call reuses the first call's connection.
    MistralClient client = client(server, wire, b -> b.maxConnections(1));

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          assertThat(client.chat().complete(request()).firstContent()).isEqualTo("first");
          assertThat(client.chat().complete(request()).firstContent()).isEqualTo("second");

          assertThat(client.chat().streamAndAccumulate(request()).firstContent())
              .isEqualTo("first");
          assertThat(client.chat().streamAndAccumulate(request()).firstContent())
              .isEqualTo("second");

          assertThat(client.files().retrieve("f").id()).isEqualTo("first");
          assertThat(client.files().retrieve("f").id()).isEqualTo("second");
        });
    assertThat(server.connections()).isEqualTo(1);
  }

  // --- 4. No wait without a bound ------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aStreamOfCommentsAloneEndsAtTheIdleTimeout(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.write(sseHead());
              exchange.write(chunk(ReliabilityFixtures.event(chunkData("one"))));
              for (int i = 0; i < 200; i++) {
                exchange.write(chunk(": ping\n\n")).pause(50);
              }
            });
    MistralClient client = client(server, wire, b -> b.streamIdleTimeout(Duration.ofMillis(500)));

    long start = System.nanoTime();
    StepVerifier.create(client.reactive().chat().stream(request()))
        .expectNextCount(1)
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralTimeoutException.class)
                    .hasMessageContaining("No event on the stream")
                    .hasMessageContaining("mistral.stream-idle-timeout"))
        .verify(BOUND);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aDataLineThatGrowsAByteAtATimeEndsAtTheIdleTimeout(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.write(sseHead()).write(chunk("data: {\"id\":\"x\""));
              for (int i = 0; i < 200; i++) {
                exchange.write(chunk(" ")).pause(50);
              }
            });
    MistralClient client = client(server, wire, b -> b.streamIdleTimeout(Duration.ofMillis(500)));

    StepVerifier.create(client.reactive().chat().stream(request()))
        .expectError(MistralTimeoutException.class)
        .verify(BOUND);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aServerThatNeverReadsALargePromptEndsAtTheWriteTimeout(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              // Reads nothing of the body and answers nothing.
              exchange.pause(15_000);
              exchange.closeAfter();
            });
    MistralClient client =
        client(
            server,
            wire,
            b -> b.writeTimeout(Duration.ofMillis(500)).responseTimeout(Duration.ofSeconds(30)));
    ChatCompletionRequest huge = request("x".repeat(16 * 1024 * 1024));

    StepVerifier.create(client.reactive().chat().complete(huge))
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralTimeoutException.class)
                    .hasMessageContaining("took none of the request body")
                    .hasMessageContaining("mistral.write-timeout"))
        .verify(BOUND);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anUploadToAServerThatStopsReadingEndsAtTheWriteTimeout(Wire wire, @TempDir Path dir)
      throws Exception {
    HostileServer server = server(exchange -> exchange.pause(15_000).closeAfter());
    MistralClient client = client(server, wire, b -> b.writeTimeout(Duration.ofMillis(500)));
    Path file = dir.resolve("big.jsonl");
    Files.write(file, new byte[64 * 1024 * 1024]);

    StepVerifier.create(client.reactive().files().upload(file, FilePurpose.FINE_TUNE))
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralTimeoutException.class)
                    .hasMessageContaining("write timeout"))
        .verify(BOUND);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aSlowUploadThatKeepsGoingIsNotCutByTheWriteTimeout(Wire wire, @TempDir Path dir)
      throws Exception {
    HostileServer server =
        server(
            exchange -> {
              InputStream in = exchange.socket().getInputStream();
              byte[] buffer = new byte[256 * 1024];
              // Reads the body slowly, never pausing longer than the write timeout.
              long total = 0;
              long length = contentLength(exchange.head());
              while (total < length) {
                int read = in.read(buffer);
                if (read < 0) {
                  break;
                }
                total += read;
                exchange.pause(20);
              }
              exchange.respond(200, "application/json", fileJson("slow"));
              exchange.closeAfter();
            });
    MistralClient client = client(server, wire, b -> b.writeTimeout(Duration.ofMillis(600)));
    Path file = dir.resolve("slow.jsonl");
    Files.write(file, new byte[8 * 1024 * 1024]);

    StoredFile uploaded =
        client.reactive().files().upload(file, FilePurpose.FINE_TUNE).block(BOUND);

    assertThat(uploaded.id()).isEqualTo("slow");
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        return Long.parseLong(line.substring(15).trim());
      }
    }
    return -1;
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aBodyTrickledForeverEndsAtTheCallTimeout(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n");
              for (int i = 0; i < 5_000; i++) {
                exchange.write(" ").pause(50);
              }
            });
    MistralClient client =
        client(
            server,
            wire,
            b -> b.responseTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofMillis(1200)));

    long start = System.nanoTime();
    StepVerifier.create(client.reactive().chat().complete(request()))
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralTimeoutException.class)
                    .hasMessageContaining("call timeout")
                    .hasMessageContaining("mistral.call-timeout"))
        .verify(BOUND);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aSlowSubscriberIsNotTakenForASilentServer(Wire wire) throws Exception {
    String[] pieces = new String[2_000];
    for (int i = 0; i < pieces.length; i++) {
      pieces[i] = "t" + i;
    }
    String body = stream(pieces);
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.respond(200, "text/event-stream", body);
            });
    MistralClient client = client(server, wire, b -> b.streamIdleTimeout(Duration.ofMillis(300)));

    StepVerifier.create(client.reactive().chat().stream(request()), 10)
        .expectNextCount(10)
        // The subscriber asks for nothing for longer than the idle timeout: not the server's fault.
        .thenAwait(Duration.ofMillis(1_200))
        .thenRequest(Long.MAX_VALUE)
        .expectNextCount(1_990)
        .verifyComplete();
  }

  // --- 5. Memory bounds --------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anEventOfEndlessDataLinesFailsAtTheEventSizeLimit(Wire wire) throws Exception {
    String line = chunk("data: " + "d".repeat(1_000) + "\n");
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.write(sseHead());
              // Up to 64 MB of one event, unless the client gives up first.
              for (int i = 0; i < 64_000; i++) {
                exchange.write(line);
              }
            });
    MistralClient client = client(server, wire, b -> b.maxEventSize(1024 * 1024));

    StepVerifier.create(client.reactive().chat().stream(request()))
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralStreamException.class)
                    .hasMessageContaining("mistral.max-event-size"))
        .verify(BOUND);
  }

  // --- 6. One pool, a hard cap --------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void maxConnectionsCapsChatsStreamsAndUploadsTogether(Wire wire, @TempDir Path dir)
      throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.pause(300);
              String head = exchange.head();
              if (head.startsWith("POST /v1/files")) {
                exchange.respond(200, "application/json", fileJson("up"));
              } else if (head.contains("text/event-stream")) {
                exchange.respond(200, "text/event-stream", stream("a", "b"));
              } else {
                exchange.respond(200, "application/json", chatResponse("ok"));
              }
            });
    MistralClient client = client(server, wire, b -> b.maxConnections(4));
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, "{}\n");

    List<Mono<?>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(client.reactive().chat().complete(request()));
      calls.add(client.reactive().chat().stream(request()).then());
      calls.add(client.reactive().files().upload(file, FilePurpose.FINE_TUNE));
    }
    Flux.merge(Flux.fromIterable(calls).map(call -> (Mono<?>) call), 64).blockLast(BOUND);

    assertThat(server.requests()).isEqualTo(12);
    assertThat(server.mostOpen()).isLessThanOrEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aBurstBeyondTheWaitingQueueFailsWithATypedErrorNamingTheSetting(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.pause(400);
              exchange.respond(200, "application/json", chatResponse("ok"));
            });
    MistralClient client = client(server, wire, b -> b.maxConnections(1).maxPendingAcquires(2));

    List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    Flux.range(0, 8)
        .flatMap(
            i ->
                client
                    .reactive()
                    .chat()
                    .complete(request())
                    .onErrorResume(
                        failure -> {
                          failures.add(failure);
                          return Mono.empty();
                        }),
            8)
        .blockLast(BOUND);

    assertThat(failures).isNotEmpty();
    assertThat(failures)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralPoolExhaustedException.class)
                    .hasMessageContaining("mistral.pool.max-pending-acquires"));
    assertThat(((MistralIoException) failures.get(0)).requestSent()).isFalse();
  }

  // --- 7. close() ---------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void closeFailsCallsInFlightAtOnceAndLaterCallsWithoutSending(Wire wire) throws Exception {
    CountDownLatch arrived = new CountDownLatch(2);
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              arrived.countDown();
              if (exchange.head().contains("text/event-stream")) {
                exchange.write(sseHead()).write(chunk(ReliabilityFixtures.event(chunkData("a"))));
              }
              exchange.pause(20_000);
            });
    MistralClient client = client(server, wire);
    AtomicReference<Throwable> unary = new AtomicReference<>();
    AtomicReference<Throwable> streamed = new AtomicReference<>();
    CountDownLatch ended = new CountDownLatch(2);
    client.reactive().chat().complete(request()).subscribe(v -> {}, f -> end(unary, f, ended));
    client.reactive().chat().stream(request()).subscribe(v -> {}, f -> end(streamed, f, ended));
    assertThat(arrived.await(10, TimeUnit.SECONDS)).isTrue();

    long start = System.nanoTime();
    client.close();

    assertThat(ended.await(5, TimeUnit.SECONDS)).as("calls in flight ended").isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(unary.get()).isInstanceOf(MistralClientClosedException.class);
    assertThat(streamed.get()).isInstanceOf(MistralClientClosedException.class);

    int connections = server.connections();
    assertThatThrownBy(() -> client.chat().complete(request()))
        .isInstanceOf(MistralClientClosedException.class);
    assertThatThrownBy(() -> client.reactive().chat().stream(request()).blockLast(BOUND))
        .isInstanceOf(MistralClientClosedException.class);
    Thread.sleep(200);
    assertThat(server.connections()).as("nothing sent after close").isEqualTo(connections);
    assertThat(server.requests()).isEqualTo(2);
  }

  private static void end(
      AtomicReference<Throwable> slot, Throwable failure, CountDownLatch ended) {
    slot.set(failure);
    ended.countDown();
  }

  // --- 8. An empty body is never a null result -------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void anEmptyBodyWhereOneIsExpectedIsAParseErrorWithItsStatus(Wire wire) throws Exception {
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              switch (exchange.request()) {
                case 1 -> exchange.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                case 2 -> exchange.write("HTTP/1.1 204 No Content\r\n\r\n");
                default ->
                    exchange.write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Transfer-Encoding: chunked\r\n\r\n"
                            + LAST_CHUNK);
              }
            });
    MistralClient client = client(server, wire);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          assertThatThrownBy(() -> client.chat().complete(request()))
              .isInstanceOfSatisfying(
                  MistralResponseParseException.class,
                  failure -> assertThat(failure.statusCode()).isEqualTo(200));
          assertThatThrownBy(() -> client.files().retrieve("f"))
              .isInstanceOfSatisfying(
                  MistralResponseParseException.class,
                  failure -> assertThat(failure.statusCode()).isEqualTo(204));
          assertThatThrownBy(() -> client.chat().complete(request()))
              .isInstanceOf(MistralResponseParseException.class)
              .hasMessageContaining("no body");
        });
  }

  // --- 11. Error bodies, encodings, TLS --------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aHugeErrorMessageIsBoundedInTheExceptionsMessage(Wire wire) throws Exception {
    String message = "m".repeat(500_000);
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.respond(400, "application/json", "{\"message\":\"" + message + "\"}");
            });
    MistralClient client = client(server, wire);

    assertThatThrownBy(() -> client.chat().complete(request()))
        .isInstanceOfSatisfying(
            MistralApiException.class,
            failure -> {
              assertThat(failure.statusCode()).isEqualTo(400);
              assertThat(failure.getMessage()).hasSizeLessThan(2_000);
              assertThat(failure.errorMessage()).isEqualTo(message);
            });
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aServerErrorWithABodyLargerThanTheLimitsKeepsItsStatus(Wire wire) throws Exception {
    String page = "<html>" + "e".repeat(8 * 1024 * 1024) + "</html>";
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.respond(503, "text/html", page);
            });
    MistralClient client = client(server, wire, b -> b.maxInMemorySize(64 * 1024));

    assertThatThrownBy(() -> client.chat().complete(request()))
        .isInstanceOfSatisfying(
            MistralServerException.class,
            failure -> {
              assertThat(failure.statusCode()).isEqualTo(503);
              assertThat(failure.rawBody()).startsWith("<html>eee").hasSizeLessThan(page.length());
            });
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aGzipEncodedStreamAndBodyAreReadTheSameOnBothPaths(Wire wire) throws Exception {
    byte[] events = gzip(stream("Hel", "lo"));
    byte[] json = gzip(chatResponse("zipped"));
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              boolean streamed = exchange.head().contains("text/event-stream");
              byte[] body = streamed ? events : json;
              exchange.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: "
                      + (streamed ? "text/event-stream" : "application/json")
                      + "\r\nContent-Encoding: gzip\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n");
              // In small pieces, so that gzip headers and trailers are split too.
              for (int offset = 0; offset < body.length; offset += 7) {
                exchange.write(
                    java.util.Arrays.copyOfRange(body, offset, Math.min(body.length, offset + 7)));
              }
            });
    MistralClient client = client(server, wire);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          assertThat(client.chat().streamAndAccumulate(request()).firstContent())
              .isEqualTo("Hello");
          assertThat(client.chat().complete(request()).firstContent()).isEqualTo("zipped");
        });
  }

  @ParameterizedTest
  @EnumSource(Wire.class)
  void aGzipBombFailsAtTheInMemoryLimit(Wire wire) throws Exception {
    ByteArrayOutputStream bomb = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bomb)) {
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 64; i++) {
        zip.write(zeros);
      }
    }
    byte[] body = bomb.toByteArray();
    HostileServer server =
        server(
            exchange -> {
              exchange.readBody();
              exchange.write(
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip"
                      + "\r\nContent-Length: "
                      + body.length
                      + "\r\n\r\n");
              exchange.write(body);
            });
    MistralClient client = client(server, wire, b -> b.maxInMemorySize(1024 * 1024));

    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(MistralException.class)
                .hasMessageContaining("mistral.max-in-memory-size"));
  }

  @Test
  void httpsToAPlainHttpServerGetsAHintRatherThanARecordDump() throws Exception {
    ServerSocket plain = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
    resources.add(plain);
    Thread thread =
        new Thread(
            () -> {
              while (!plain.isClosed()) {
                try (Socket socket = plain.accept()) {
                  socket.getInputStream().read(new byte[512]);
                  OutputStream out = socket.getOutputStream();
                  out.write(
                      "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                          .getBytes(StandardCharsets.US_ASCII));
                  out.flush();
                } catch (IOException closed) {
                  return;
                }
              }
            });
    thread.setDaemon(true);
    thread.start();
    MistralClient client =
        MistralClient.builder()
            .apiKey(ReliabilityFixtures.KEY)
            .baseUrl("https://127.0.0.1:" + plain.getLocalPort())
            .retryPolicy(RetryPolicy.none())
            .build();
    resources.add(client);

    // A longer bound: setting up TLS is slow on a busy machine.
    assertTimeoutPreemptively(
        BOUND.multipliedBy(3),
        () ->
            assertThatThrownBy(() -> client.chat().complete(request()))
                .isInstanceOf(MistralIoException.class)
                .hasMessageContaining("does not speak TLS")
                .hasMessageContaining("http://"));
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
