package io.github.mistralspring.client.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.ClientResponse;
import reactor.netty.http.client.HttpClientResponse;

/**
 * The status and headers of a response, as either HTTP path read them: what the transport decides
 * on before it reads the body. One reading of the head over a small {@link Headers} adapter for
 * each path's header type; nothing is copied unless asked for.
 */
final class ResponseHead {

  /** The headers as one HTTP path keeps them; names are matched case-insensitively. */
  interface Headers {

    /** The first value of a header, or null when absent. */
    @Nullable String first(String name);

    /** Every value of a header, in order; empty when absent. */
    List<String> all(String name);

    /** Gives every header's name, as received, with its values. */
    void forEach(BiConsumer<String, List<String>> action);
  }

  private final int status;
  private final Headers headers;

  ResponseHead(int status, Headers headers) {
    this.status = status;
    this.headers = headers;
  }

  /** A head as Reactor Netty read it. */
  static ResponseHead of(HttpClientResponse response) {
    io.netty.handler.codec.http.HttpHeaders headers = response.responseHeaders();
    return new ResponseHead(
        response.status().code(),
        new Headers() {
          @Override
          public @Nullable String first(String name) {
            return headers.get(name);
          }

          @Override
          public List<String> all(String name) {
            return headers.getAll(name);
          }

          @Override
          public void forEach(BiConsumer<String, List<String>> action) {
            for (String name : headers.names()) {
              action.accept(name, headers.getAll(name));
            }
          }
        });
  }

  /** A head as {@code WebClient} read it. */
  static ResponseHead of(ClientResponse response) {
    org.springframework.http.HttpHeaders headers = response.headers().asHttpHeaders();
    return new ResponseHead(
        response.statusCode().value(),
        new Headers() {
          @Override
          public @Nullable String first(String name) {
            return headers.getFirst(name);
          }

          @Override
          public List<String> all(String name) {
            List<String> values = headers.get(name);
            return values == null ? List.of() : values;
          }

          @Override
          public void forEach(BiConsumer<String, List<String>> action) {
            headers.forEach(action);
          }
        });
  }

  /** The HTTP status code. */
  int status() {
    return status;
  }

  /** The first value of a header (names are case-insensitive), or null when absent. */
  @Nullable String header(String name) {
    return headers.first(name);
  }

  /** Every value of a header, in order; empty when absent. */
  List<String> headers(String name) {
    return headers.all(name);
  }

  /** All headers with lower-case names, for exceptions that keep them. */
  Map<String, List<String>> toMap() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    headers.forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    return map;
  }
}
