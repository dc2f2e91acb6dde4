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

  /**
   * Validates the values.
   *
   * @param name a short stable name, such as {@code chat}; used in metrics and logs
   * @param method the HTTP method, such as {@code POST}
   * @param path the path template below the base URL, such as {@code /v1/models/{model_id}}
   * @param repeatable whether the request may be sent again after it was sent once
   * @param streaming whether the response is a server-sent event stream
   */
  public MistralOperation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  /**
   * A stateless POST whose JSON response can be requested again safely (completions and the like).
   *
   * @param name a short stable name, such as {@code chat}
   * @param path the path below the base URL, such as {@code /v1/chat/completions}
   * @return a repeatable, non-streaming POST operation
   */
  public static MistralOperation statelessPost(String name, String path) {
    return new MistralOperation(name, "POST", path, true, false);
  }

  /**
   * The streaming form of a stateless POST.
   *
   * @param name a short stable name, such as {@code chat.stream}
   * @param path the path below the base URL, such as {@code /v1/chat/completions}
   * @return a repeatable POST operation whose answer is an event stream
   */
  public static MistralOperation statelessStream(String name, String path) {
    return new MistralOperation(name, "POST", path, true, true);
  }

  /**
   * A POST that creates or changes state; never retried after the request was sent.
   *
   * @param name a short stable name, such as {@code files.upload}
   * @param path the path below the base URL, such as {@code /v1/files}
   * @return a POST operation that is not retried once sent
   */
  public static MistralOperation statefulPost(String name, String path) {
    return new MistralOperation(name, "POST", path, false, false);
  }

  /**
   * A GET.
   *
   * @param name a short stable name, such as {@code models.list}
   * @param path the path template below the base URL, such as {@code /v1/models/{model_id}}
   * @return a repeatable GET operation
   */
  public static MistralOperation get(String name, String path) {
    return new MistralOperation(name, "GET", path, true, false);
  }

  /**
   * A DELETE.
   *
   * @param name a short stable name, such as {@code files.delete}
   * @param path the path template below the base URL, such as {@code /v1/files/{file_id}}
   * @return a repeatable DELETE operation
   */
  public static MistralOperation delete(String name, String path) {
    return new MistralOperation(name, "DELETE", path, true, false);
  }
}
