package io.github.mistralspring.client.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads HTTP/1.1 requests from a raw socket's input, for the loopback servers that answer byte for
 * byte what WireMock cannot: the head (request line and headers), then the body, sized by {@code
 * Content-Length} or chunked.
 */
public final class RawHttpRequest {

  private RawHttpRequest() {}

  /**
   * Reads a request head up to and with the empty line that ends it, as ISO-8859-1 text; null when
   * the connection ends first.
   */
  public static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0d0a0d0a) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** Reads the body of the request with this head: by its length, or chunked; empty if neither. */
  public static byte[] readBody(InputStream in, String head) throws IOException {
    long length = 0;
    boolean chunked = false;
    for (String line : head.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(line.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (!chunked) {
      return in.readNBytes((int) length);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine(in);
      int semicolon = sizeLine.indexOf(';');
      int size =
          Integer.parseInt(
              (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        // Trailers, if any, end with an empty line.
        while (!readLine(in).isEmpty()) {
          // skipped
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(size));
      readLine(in);
    }
  }

  /** Reads a whole request, head and body; returns the head, or null when the connection ends. */
  public static String readRequest(InputStream in) throws IOException {
    String head = readHead(in);
    if (head != null) {
      readBody(in, head);
    }
    return head;
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (b != '\r') {
        line.append((char) b);
      }
    }
    if (b < 0) {
      throw new IOException("end of request");
    }
    return line.toString();
  }
}
