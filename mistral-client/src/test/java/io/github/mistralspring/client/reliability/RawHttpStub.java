package io.github.mistralspring.client.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback-only HTTP/1.1 stub on a raw socket, for the faults WireMock cannot make: it reads each
 * request in full (headers and a sized or chunked body), then plays a script of writes and pauses,
 * then closes the connection. Every pause is bounded, and closing the stub ends every connection.
 * It is a {@link HostileServer} that answers every request with the same script.
 */
final class RawHttpStub implements AutoCloseable {

  /** One step of the answer: bytes to write, or a pause. */
  sealed interface Step permits Write, Pause {}

  record Write(byte[] bytes) implements Step {}

  record Pause(long millis) implements Step {}

  static Step write(String ascii) {
    return new Write(ascii.getBytes(StandardCharsets.UTF_8));
  }

  static Step pause(long millis) {
    return new Pause(Math.min(millis, 10_000));
  }

  /** The head of a chunked 200 response with the given content type. */
  static String chunkedHead(String contentType) {
    return "HTTP/1.1 200 OK\r\nContent-Type: "
        + contentType
        + "\r\nTransfer-Encoding: chunked\r\n\r\n";
  }

  /** One HTTP chunk holding {@code data}. */
  static String chunk(String data) {
    int length = data.getBytes(StandardCharsets.UTF_8).length;
    return Integer.toHexString(length) + "\r\n" + data + "\r\n";
  }

  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private final HostileServer server;

  RawHttpStub(List<Step> script) throws IOException {
    List<Step> steps = List.copyOf(script);
    this.server =
        new HostileServer(
            exchange -> {
              exchange.readBody();
              heads.add(exchange.head());
              requests.incrementAndGet();
              for (Step step : steps) {
                if (step instanceof Write write) {
                  exchange.write(write.bytes());
                } else if (step instanceof Pause pause) {
                  Thread.sleep(pause.millis());
                }
              }
              exchange.closeAfter();
            });
  }

  String baseUrl() {
    return server.baseUrl();
  }

  int connections() {
    return server.connections();
  }

  /** The requests read in full. */
  int requests() {
    return requests.get();
  }

  /** The request heads read, with their headers. */
  List<String> heads() {
    return heads;
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
