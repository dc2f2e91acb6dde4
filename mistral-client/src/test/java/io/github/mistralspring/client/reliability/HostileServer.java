package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.testsupport.RawHttpRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server on raw sockets that answers each request with whatever a test's
 * handler writes, byte for byte, and keeps the connection open for the next request unless the
 * handler closes it: the control over framing, timing and connection reuse that misbehaving servers
 * need. Every connection is served on a thread of its own; closing the server ends them.
 */
final class HostileServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    void handle(Exchange exchange) throws Exception;
  }

  /** One request on a connection, and the means to answer it. */
  static final class Exchange {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String head;
    private final int connection;
    private final int request;
    private boolean bodyRead;
    private boolean closeAfter;

    Exchange(Socket socket, String head, int connection, int request) throws IOException {
      this.socket = socket;
      this.in = socket.getInputStream();
      this.out = socket.getOutputStream();
      this.head = head;
      this.connection = connection;
      this.request = request;
    }

    /** The request line and headers. */
    String head() {
      return head;
    }

    /** The number of the connection, from 1, in the order they were accepted. */
    int connection() {
      return connection;
    }

    /** The number of the request on the whole server, from 1. */
    int request() {
      return request;
    }

    /** Reads the request body (sized or chunked) and returns it. */
    byte[] readBody() throws IOException {
      bodyRead = true;
      return RawHttpRequest.readBody(in, head);
    }

    /** Writes bytes and flushes them. */
    Exchange write(String ascii) throws IOException {
      return write(ascii.getBytes(StandardCharsets.UTF_8));
    }

    Exchange write(byte[] bytes) throws IOException {
      out.write(bytes);
      out.flush();
      return this;
    }

    /** Waits, bounded, as a slow server would. */
    Exchange pause(long millis) throws InterruptedException {
      Thread.sleep(Math.min(millis, 30_000));
      return this;
    }

    /** Closes the connection after this answer instead of keeping it for the next request. */
    void closeAfter() {
      closeAfter = true;
    }

    /** Writes a complete response with a sized body. */
    void respond(int status, String contentType, String body) throws IOException {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      write(
          "HTTP/1.1 "
              + status
              + " Status\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + bytes.length
              + "\r\n\r\n");
      write(bytes);
    }

    Socket socket() {
      return socket;
    }
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  HostileServer(Handler handler) throws IOException {
    this.handler = handler;
    this.socket = new ServerSocket(0, 2048, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "hostile-server-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        int number = connections.incrementAndGet();
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        sockets.add(connection);
        Thread thread = new Thread(() -> serve(connection, number), "hostile-connection");
        thread.setDaemon(true);
        thread.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection, int number) {
    try (connection) {
      connection.setSoTimeout(30_000);
      while (true) {
        String head = RawHttpRequest.readHead(connection.getInputStream());
        if (head == null) {
          return;
        }
        heads.add(head);
        Exchange exchange = new Exchange(connection, head, number, requests.incrementAndGet());
        handler.handle(exchange);
        if (exchange.closeAfter) {
          return;
        }
        if (!exchange.bodyRead) {
          RawHttpRequest.readBody(connection.getInputStream(), head);
        }
      }
    } catch (Exception ended) {
      // The client went away, or the server was closed.
    } finally {
      open.decrementAndGet();
      sockets.remove(connection);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Connections accepted in all. */
  int connections() {
    return connections.get();
  }

  /** The most connections open at once. */
  int mostOpen() {
    return mostOpen.get();
  }

  /** Request heads read in all. */
  int requests() {
    return requests.get();
  }

  List<String> heads() {
    return heads;
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : sockets) {
      connection.close();
    }
  }
}
