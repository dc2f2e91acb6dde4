package io.github.mistralspring.client.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A call's value with the status and headers of the HTTP response that carried it: what {@code
 * MistralClient.withRawResponse(..)} and {@code ReactiveMistralClient.withRawResponse(..)} return.
 * When the call made several requests (retries, pages, batches), the head is the last one's.
 *
 * @param <T> the value's type
 */
public final class MistralResponse<T> {

  private final int statusCode;
  private final Map<String, List<String>> headers;
  private final T value;

  /**
   * A value with its response's head.
   *
   * @param statusCode the HTTP status code
   * @param headers the response headers; names are matched case-insensitively
   * @param value the call's value
   */
  public MistralResponse(int statusCode, Map<String, List<String>> headers, T value) {
    this.statusCode = statusCode;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.value = value;
  }

  /**
   * The HTTP status code, such as 200.
   *
   * @return the status code of the (last) response
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Every header of the response, lower-case names, looked up case-insensitively.
   *
   * @return an unmodifiable map from lower-case header name to its values, in the order received
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header, when the response has it.
   *
   * @param name the header's name, in any case
   * @return the header's first value; empty when the response did not carry it
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The id the API gave the request ({@code mistral-correlation-id}), when it sent one.
   *
   * @return the request's correlation id, to quote when reporting a problem; empty when the API
   *     sent none
   */
  public Optional<String> requestId() {
    return header("mistral-correlation-id");
  }

  /**
   * The rate-limit headers the response carried (those whose name contains {@code ratelimit}, such
   * as {@code x-ratelimit-remaining-tokens-minute}), by name; empty when it carried none.
   *
   * @return the rate-limit header values by lower-case name, sorted by name
   */
  public Map<String, String> rateLimits() {
    Map<String, String> limits = new TreeMap<>();
    headers.forEach(
        (name, values) -> {
          if (name.contains("ratelimit") && !values.isEmpty()) {
            limits.put(name, values.get(0));
          }
        });
    return limits;
  }

  /**
   * The call's value.
   *
   * @return the value the call returned, as the call without {@code withRawResponse} would have
   */
  public T value() {
    return value;
  }

  /** Describes the response by its status and request id; never the value or other headers. */
  @Override
  public String toString() {
    return "MistralResponse{status=" + statusCode + ", requestId=" + requestId().orElse(null) + "}";
  }
}
