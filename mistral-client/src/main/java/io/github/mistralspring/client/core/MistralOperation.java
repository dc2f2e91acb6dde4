package io.github.mistralspring.client.core;

import java.util.Objects;

/**
 * One operation of the Mistral API as the client calls it: its name, HTTP method and path, whether
 * it is safe to repeat after the request was sent, and whether it streams.
 *
 * @param name a short stable name, such as {@code chat} or {@code chat.stream}; used in metrics
 * @param method the HTTP method
 * @param path the path template below the base URL, such as {@code /v1/models/{model_id}}
 * @param repeatable whether repeating the request cannot duplicate work (GET, DELETE and the
 *     stateless POSTs); only such operations are retried after the request was sent
 * @param streaming whether the response is a server-sent event stream
 */
public record MistralOperation(
    String name, String method, String path, boolean repeatable, boolean streaming) {

  /** Validates the values. */
  public MistralOperation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  /**
   * A stateless POST whose JSON response can be requested again safely (completions and the like).
   */
  public static MistralOperation statelessPost(String name, String path) {
    return new MistralOperation(name, "POST", path, true, false);
  }

  /** The streaming form of a stateless POST. */
  public static MistralOperation statelessStream(String name, String path) {
    return new MistralOperation(name, "POST", path, true, true);
  }

  /** A POST that creates or changes state; never retried after the request was sent. */
  public static MistralOperation statefulPost(String name, String path) {
    return new MistralOperation(name, "POST", path, false, false);
  }

  /** A GET. */
  public static MistralOperation get(String name, String path) {
    return new MistralOperation(name, "GET", path, true, false);
  }

  /** A DELETE. */
  public static MistralOperation delete(String name, String path) {
    return new MistralOperation(name, "DELETE", path, true, false);
  }
}
