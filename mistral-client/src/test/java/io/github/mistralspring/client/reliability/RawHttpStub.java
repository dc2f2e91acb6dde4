package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.testsupport.RawHttpRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback-only HTTP/1.1 stub on a raw socket, for the faults WireMock cannot make: it reads each
 * request in full (headers and a sized or chunked body), then plays a script of writes and pauses,
 * then closes the connection. Every pause is bounded, and closing the stub ends every connection.
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

  private final ServerSocket socket;
  private final List<Step> script;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();

  RawHttpStub(List<Step> script) throws IOException {
    this.script = List.copyOf(script);
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "raw-http-stub-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.incrementAndGet();
        open.add(connection);
        Thread handler = new Thread(() -> serve(connection), "raw-http-stub-connection");
        handler.setDaemon(true);
        handler.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setSoTimeout(10_000);
      String head = RawHttpRequest.readRequest(connection.getInputStream());
      if (head == null) {
        return;
      }
      heads.add(head);
      requests.incrementAndGet();
      OutputStream out = connection.getOutputStream();
      for (Step step : script) {
        if (step instanceof Write write) {
          out.write(write.bytes());
          out.flush();
        } else if (step instanceof Pause pause) {
          Thread.sleep(pause.millis());
        }
      }
    } catch (SocketException clientWentAway) {
      // The client closed the connection (a timeout or a cancel): nothing more to do.
    } catch (IOException | InterruptedException ended) {
      // Stub closed or connection broken.
    } finally {
      open.remove(connection);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int connections() {
    return connections.get();
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
    socket.close();
    for (Socket connection : open) {
      connection.close();
    }
  }
}
