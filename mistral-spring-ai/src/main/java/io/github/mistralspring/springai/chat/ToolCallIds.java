package io.github.mistralspring.springai.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * Tool-call ids as Mistral accepts them: nine letters and digits, as the API itself hands out. A
 * conversation may carry ids from elsewhere (another provider's {@code call_…} ids in chat memory,
 * ids a test or an application made up), which the API refuses; those are replaced by nine
 * characters derived from the id, so a call and its result, mapped separately, still match.
 */
final class ToolCallIds {

  private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9]{9}");
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private ToolCallIds() {}

  /**
   * The id to send: {@code id} itself when Mistral accepts it, else nine characters derived from it
   * (or, for a missing id, from the tool's name).
   */
  static String forMistral(String id, String toolName) {
    if (id != null && ACCEPTED.matcher(id).matches()) {
      return id;
    }
    String source = id == null || id.isEmpty() ? "tool:" + toolName : "id:" + id;
    byte[] digest = sha256(source);
    char[] derived = new char[9];
    for (int i = 0; i < derived.length; i++) {
      derived[i] = ALPHABET[(digest[i] & 0xff) % ALPHABET.length];
    }
    return new String(derived);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException missing) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is not available", missing);
    }
  }
}
