package io.github.mistralspring.client.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP server for transfers too large for WireMock, which keeps whole bodies in memory:
 * it parses a multipart upload as it arrives and feeds only the {@code file} part into a SHA-256,
 * and serves a generated download of any size without holding it: as a file's content, and as the
 * audio of a speech stream (base64 pieces in {@code speech.audio.delta} events).
 */
public final class StreamingChecksumServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final AtomicReference<String> uploadedSha256 = new AtomicReference<>();
  private final AtomicLong uploadedBytes = new AtomicLong(-1);
  private final AtomicReference<String> uploadedFilename = new AtomicReference<>();
  private final AtomicReference<String> uploadedPurpose = new AtomicReference<>();
  private final AtomicReference<String> uploadedModel = new AtomicReference<>();

  /** Starts the server on a free loopback port, serving {@code downloadSize} pattern bytes. */
  public StreamingChecksumServer(long downloadSize) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/v1/files", this::upload);
    server.createContext("/v1/files/big/content", exchange -> download(exchange, downloadSize));
    server.createContext("/v1/audio/transcriptions", this::transcription);
    server.createContext("/v1/audio/speech", exchange -> speech(exchange, downloadSize));
    server.start();
  }

  /** The base URL to give the client. */
  /**
   * A client of the server at {@code baseUrl} as the transfer tests' child JVMs use it: no retries,
   * and a response timeout of a minute that only catches a hang.
   */
  public static MistralClient client(String baseUrl) {
    return MistralClient.builder()
        .apiKey(MistralWireMock.API_KEY)
        .baseUrl(baseUrl)
        .retryPolicy(RetryPolicy.none())
        .responseTimeout(Duration.ofSeconds(60))
        .build();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The SHA-256 of the last uploaded file part, in hex, or null before an upload ended. */
  public String uploadedSha256() {
    return uploadedSha256.get();
  }

  /** The size of the last uploaded file part. */
  public long uploadedBytes() {
    return uploadedBytes.get();
  }

  /** The file name of the last uploaded file part. */
  public String uploadedFilename() {
    return uploadedFilename.get();
  }

  /** The purpose field of the last upload. */
  public String uploadedPurpose() {
    return uploadedPurpose.get();
  }

  private void upload(HttpExchange exchange) throws IOException {
    try (exchange) {
      receiveMultipart(exchange);
      byte[] answer =
          ("{\"id\":\"big\",\"object\":\"file\",\"bytes\":"
                  + uploadedBytes.get()
                  + ",\"created_at\":1,\"filename\":\""
                  + uploadedFilename.get()
                  + "\",\"purpose\":\""
                  + uploadedPurpose.get()
                  + "\",\"sample_type\":\"instruct\",\"source\":\"upload\"}")
              .getBytes(StandardCharsets.UTF_8);
      answerJson(exchange, answer);
    }
  }

  /** Answers a transcription upload with a transcript that names the size received. */
  private void transcription(HttpExchange exchange) throws IOException {
    try (exchange) {
      receiveMultipart(exchange);
      byte[] answer =
          ("{\"model\":\"voxtral-mini-2507\",\"text\":\"received "
                  + uploadedBytes.get()
                  + " bytes\",\"language\":\"en\",\"segments\":[],\"usage\":"
                  + "{\"prompt_audio_seconds\":6553,\"prompt_tokens\":1,"
                  + "\"completion_tokens\":3,\"total_tokens\":4}}")
              .getBytes(StandardCharsets.UTF_8);
      answerJson(exchange, answer);
    }
  }

  /** Answers a speech request with {@code size} pattern bytes as a stream of audio events. */
  private static void speech(HttpExchange exchange, long size) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
      exchange.sendResponseHeaders(200, 0);
      try (OutputStream out = exchange.getResponseBody()) {
        Base64.Encoder base64 = Base64.getEncoder();
        byte[] head =
            "event: speech.audio.delta\ndata: {\"type\":\"speech.audio.delta\",\"audio_data\":\""
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}\n\n".getBytes(StandardCharsets.US_ASCII);
        PatternContent.write(
            size,
            (bytes, offset, length) -> {
              // Pieces of 48 KiB, each one event, as a speech stream sends them.
              for (int start = offset; start < offset + length; start += SPEECH_PIECE) {
                int piece = Math.min(SPEECH_PIECE, offset + length - start);
                out.write(head);
                out.write(base64.encode(Arrays.copyOfRange(bytes, start, start + piece)));
                out.write(tail);
              }
            });
        out.write(
            ("event: speech.audio.done\ndata: {\"type\":\"speech.audio.done\",\"usage\":"
                    + "{\"prompt_tokens\":3,\"completion_tokens\":1000,\"total_tokens\":1003}}"
                    + "\n\n")
                .getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  private static final int SPEECH_PIECE = 48 * 1024;

  private static void answerJson(HttpExchange exchange, byte[] answer) throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, answer.length);
    exchange.getResponseBody().write(answer);
  }

  private void receiveMultipart(HttpExchange exchange) throws IOException {
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    String boundary = contentType.substring(contentType.indexOf("boundary=") + 9);
    if (boundary.startsWith("\"")) {
      boundary = boundary.substring(1, boundary.length() - 1);
    }
    MessageDigest digest = sha256();
    MultipartScanner scanner = new MultipartScanner(exchange.getRequestBody(), boundary);
    MultipartScanner.Part part;
    while ((part = scanner.nextPart()) != null) {
      if (part.headers().contains("name=\"file\"")) {
        uploadedFilename.set(between(part.headers(), "filename=\"", "\""));
        long size = scanner.readBody(digest::update);
        uploadedBytes.set(size);
        uploadedSha256.set(HexFormat.of().formatHex(digest.digest()));
      } else {
        StringBuilder value = new StringBuilder();
        scanner.readBody(
            (bytes, offset, length) ->
                value.append(new String(bytes, offset, length, StandardCharsets.UTF_8)));
        if (part.headers().contains("name=\"purpose\"")) {
          uploadedPurpose.set(value.toString());
        }
        if (part.headers().contains("name=\"model\"")) {
          uploadedModel.set(value.toString());
        }
      }
    }
  }

  /** The model field of the last upload. */
  public String uploadedModel() {
    return uploadedModel.get();
  }

  private static void download(HttpExchange exchange, long size) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.sendResponseHeaders(200, size);
      try (OutputStream out = exchange.getResponseBody()) {
        PatternContent.write(size, out::write);
      }
    }
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    if (from < 0) {
      return null;
    }
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** Reads a multipart body part by part without holding a part's body. */
  static final class MultipartScanner {

    /** A part's headers, as text. */
    record Part(String headers) {}

    /** Receives body bytes. */
    interface Sink {
      void accept(byte[] bytes, int offset, int length) throws IOException;
    }

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean first = true;
    private boolean ended;

    MultipartScanner(InputStream in, String boundary) {
      this.in = in;
      this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Moves to the next part and reads its headers, or returns null after the last part. */
    Part nextPart() throws IOException {
      if (ended) {
        return null;
      }
      if (first) {
        // The body opens with the delimiter without its leading CRLF.
        skipExactly(delimiter.length - 2);
        first = false;
      }
      fill(2);
      if (buffer[position] == '-' && buffer[position + 1] == '-') {
        ended = true;
        return null;
      }
      position += 2; // CRLF after the delimiter
      StringBuilder headers = new StringBuilder();
      while (true) {
        fill(4);
        if (buffer[position] == '\r'
            && buffer[position + 1] == '\n'
            && buffer[position + 2] == '\r'
            && buffer[position + 3] == '\n') {
          position += 4;
          return new Part(headers.toString());
        }
        headers.append((char) buffer[position++]);
      }
    }

    /** Reads the current part's body up to the next delimiter into the sink; returns its size. */
    long readBody(Sink sink) throws IOException {
      long size = 0;
      while (true) {
        fill(delimiter.length);
        int found = indexOfDelimiter();
        if (found >= 0) {
          sink.accept(buffer, position, found - position);
          size += found - position;
          position = found + delimiter.length;
          return size;
        }
        // Everything except a possible start of the delimiter at the end is body.
        int safe = limit - delimiter.length + 1;
        sink.accept(buffer, position, safe - position);
        size += safe - position;
        position = safe;
        if (!readMore()) {
          throw new IOException("The multipart body ended inside a part");
        }
      }
    }

    private int indexOfDelimiter() {
      byte head = delimiter[0];
      outer:
      for (int i = position; i <= limit - delimiter.length; i++) {
        if (buffer[i] != head) {
          continue;
        }
        for (int j = 1; j < delimiter.length; j++) {
          if (buffer[i + j] != delimiter[j]) {
            continue outer;
          }
        }
        return i;
      }
      return -1;
    }

    private void skipExactly(int count) throws IOException {
      fill(count);
      position += count;
    }

    private void fill(int needed) throws IOException {
      while (limit - position < needed) {
        if (!readMore()) {
          throw new IOException("The multipart body ended early");
        }
      }
    }

    private boolean readMore() throws IOException {
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
      }
      int read = in.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        return false;
      }
      limit += read;
      return true;
    }
  }
}
