package io.github.mistralspring.client.internal;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriUtils;

/**
 * Expands an operation's path template, such as {@code /v1/fine_tuning/jobs/{job_id}/cancel}, with
 * the values of its path parameters, so that a value can only ever name one segment of that path.
 *
 * <p>Each value is fully percent-encoded: it cannot add a segment or a query, and braces in it are
 * not templates. A value that is empty, blank, or a dot-segment ({@code .} or {@code ..}) is
 * refused before anything is sent, since a server or proxy that normalises the path would send the
 * request to another endpoint ({@code jobs/../cancel} is {@code /cancel}). So is a value that reads
 * as one once percent-decoded (such as {@code %2e%2e}), or that holds a dot-segment between slashes
 * ({@code a/../b}), for servers that decode before they route.
 */
public final class PathTemplate {

  // Decoding stops after this many rounds: no real id is encoded deeper.
  private static final int MAX_DECODE_ROUNDS = 4;

  private PathTemplate() {}

  /**
   * Appends {@code template} to {@code uri} with each {@code {name}} replaced by the next value.
   *
   * @throws IllegalArgumentException naming the parameter when a value is missing, empty or blank,
   *     or could address another path
   */
  public static void expand(StringBuilder uri, String template, Object[] values) {
    int next = 0;
    int position = 0;
    while (position < template.length()) {
      int open = template.indexOf('{', position);
      if (open < 0) {
        uri.append(template, position, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      uri.append(template, position, open);
      String name = template.substring(open + 1, close);
      if (next >= values.length) {
        throw new IllegalArgumentException("No value for {" + name + "} in " + template);
      }
      Object raw = values[next++];
      String value = raw == null ? null : String.valueOf(raw);
      check(name, value, template);
      uri.append(UriUtils.encode(value, StandardCharsets.UTF_8));
      position = close + 1;
    }
  }

  private static void check(String name, String value, String template) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "The path parameter "
              + name
              + " of "
              + template
              + " must not be "
              + (value == null ? "null" : "empty")
              + ": pass the id the API returned");
    }
    String decoded = value;
    for (int round = 0; round <= MAX_DECODE_ROUNDS; round++) {
      if (hasDotSegment(decoded)) {
        throw new IllegalArgumentException(
            "The path parameter "
                + name
                + " of "
                + template
                + " must not be, or read as, '.' or '..' (it would address another endpoint),"
                + " was '"
                + printable(value)
                + "': pass the id the API returned");
      }
      String again = percentDecode(decoded);
      if (again.equals(decoded)) {
        break;
      }
      decoded = again;
    }
  }

  /**
   * Whether the value, or a part of it between slashes or backslashes, is {@code .} or {@code ..}.
   */
  static boolean hasDotSegment(String value) {
    int start = 0;
    for (int i = 0; i <= value.length(); i++) {
      if (i == value.length() || value.charAt(i) == '/' || value.charAt(i) == '\\') {
        int length = i - start;
        if ((length == 1 || length == 2) && value.startsWith(length == 1 ? "." : "..", start)) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** Decodes each valid {@code %XX}; anything else is kept as it is. */
  static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[bytes.length];
    int length = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0) {
        int low = hex(bytes[i + 2]);
        if (low >= 0) {
          out[length++] = (byte) (hex(bytes[i + 1]) << 4 | low);
          i += 2;
          continue;
        }
      }
      out[length++] = bytes[i];
    }
    return new String(out, 0, length, StandardCharsets.UTF_8);
  }

  private static int hex(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  // An id is short; a long or binary value is cut so that the message stays one readable line.
  private static String printable(String value) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < value.length() && text.length() < 80; i++) {
      char c = value.charAt(i);
      text.append(c < 0x20 || c == 0x7f ? '?' : c);
    }
    return value.length() > 80 ? text + "…" : text.toString();
  }
}
