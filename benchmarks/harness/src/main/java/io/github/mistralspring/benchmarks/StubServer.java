package io.github.mistralspring.benchmarks;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The local stub of the Mistral API: {@code POST /v1/chat/completions} answers a fixed completion,
 * or a fixed 200-chunk event stream when the body asks for {@code "stream":true}. A stream of the
 * model {@code bench-slow} sends 10 chunks, holds the connection until {@code POST /release} (or
 * for at most {@code --hold-ms}), then sends the rest: the many-streams scenario measures while all
 * are held, however long a client takes to open them. {@code GET /stats} answers the requests
 * served, the process CPU nanoseconds and the slow streams held open. Binds to 127.0.0.1 only.
 *
 * <p>Arguments: {@code [--port N] [--port-file FILE] [--hold-ms MS] [--seconds MAX]}; it stops by
 * itself after {@code --seconds} (default 3600).
 */
public final class StubServer {

  private static final byte[] STREAM_KEY = "\"stream\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SLOW = "\"bench-slow\"".getBytes(StandardCharsets.US_ASCII);
  private static final int SLOW_HEAD = 10;

  private final ByteBuf completion =
      Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(Payloads.completion()));
  private final ByteBuf[] events;
  private final Duration hold;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong openSlow = new AtomicLong();
  // Completed by POST /release, which lets every held stream finish; replaced for the next round.
  private final AtomicReference<Sinks.Empty<Void>> release = new AtomicReference<>(Sinks.empty());

  StubServer(Duration hold) {
    this.hold = hold;
    List<byte[]> list = Payloads.streamEvents();
    this.events = new ByteBuf[list.size()];
    for (int i = 0; i < events.length; i++) {
      events[i] = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(list.get(i)));
    }
  }

  /** Starts the stub on 127.0.0.1. */
  public static DisposableServer start(int port, Duration hold) {
    StubServer stub = new StubServer(hold);
    return HttpServer.create()
        .host("127.0.0.1")
        .port(port)
        .route(
            routes ->
                routes
                    .post("/v1/chat/completions", stub::chat)
                    .get("/stats", stub::stats)
                    .post("/release", stub::release))
        .bindNow();
  }

  private Publisher<Void> chat(HttpServerRequest request, HttpServerResponse response) {
    return request
        .receive()
        .aggregate()
        .asByteArray()
        .defaultIfEmpty(new byte[0])
        .flatMap(
            body -> {
              requests.incrementAndGet();
              if (!streamTrue(body)) {
                return response
                    .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                    .header(
                        HttpHeaderNames.CONTENT_LENGTH,
                        Integer.toString(completion.readableBytes()))
                    .send(Mono.just(completion.duplicate()))
                    .then();
              }
              HttpServerResponse sse =
                  response
                      .header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream")
                      .header(HttpHeaderNames.CACHE_CONTROL, "no-cache");
              if (!contains(body, SLOW)) {
                return sse.send(Flux.range(0, events.length).map(i -> events[i].duplicate()))
                    .then();
              }
              Flux<ByteBuf> slow =
                  Flux.concat(
                      Flux.range(0, SLOW_HEAD).map(i -> events[i].duplicate()),
                      Mono.firstWithSignal(release.get().asMono(), Mono.delay(hold).then())
                          .thenMany(
                              Flux.range(SLOW_HEAD, events.length - SLOW_HEAD)
                                  .map(i -> events[i].duplicate())));
              return sse.send(
                      slow.doOnSubscribe(s -> openSlow.incrementAndGet())
                          .doFinally(s -> openSlow.decrementAndGet()),
                      b -> true)
                  .then();
            });
  }

  private Publisher<Void> release(HttpServerRequest request, HttpServerResponse response) {
    Sinks.Empty<Void> held = release.getAndSet(Sinks.empty());
    held.tryEmitEmpty();
    return response.sendString(Mono.just("released")).then();
  }

  private Publisher<Void> stats(HttpServerRequest request, HttpServerResponse response) {
    long cpu =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    long openedAndHeld = openSlow.get();
    return response
        .header(HttpHeaderNames.CONTENT_TYPE, "text/plain")
        .sendString(Mono.just(requests.get() + " " + cpu + " " + openedAndHeld))
        .then();
  }

  /** Whether the body has {@code "stream": true}, with any whitespace (some clients indent). */
  static boolean streamTrue(byte[] body) {
    int key = indexOf(body, STREAM_KEY);
    if (key < 0) {
      return false;
    }
    int i = key + STREAM_KEY.length;
    while (i < body.length
        && (body[i] == ' '
            || body[i] == ':'
            || body[i] == '\n'
            || body[i] == '\r'
            || body[i] == '\t')) {
      i++;
    }
    return i + 4 <= body.length
        && body[i] == 't'
        && body[i + 1] == 'r'
        && body[i + 2] == 'u'
        && body[i + 3] == 'e';
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    return indexOf(haystack, needle) >= 0;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Runs the stub until {@code --seconds} pass or the process is stopped. */
  public static void main(String[] args) throws Exception {
    int port = 0;
    Path portFile = null;
    long holdMs = 60_000;
    long seconds = 3600;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--port-file" -> portFile = Path.of(args[i + 1]);
        case "--hold-ms" -> holdMs = Long.parseLong(args[i + 1]);
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    DisposableServer server = start(port, Duration.ofMillis(holdMs));
    System.out.println("stub listening on http://127.0.0.1:" + server.port());
    if (portFile != null) {
      Files.writeString(portFile, Integer.toString(server.port()));
    }
    Runtime.getRuntime().addShutdownHook(new Thread(server::disposeNow));
    Thread.sleep(Duration.ofSeconds(seconds).toMillis());
    server.disposeNow();
  }
}
