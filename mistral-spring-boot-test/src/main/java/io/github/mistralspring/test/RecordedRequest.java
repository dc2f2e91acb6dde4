package io.github.mistralspring.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** A request the simulator received, kept so that a test can assert on what its code sent. */
public final class RecordedRequest {

  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final byte[] body;

  RecordedRequest(
      String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.query = query == null ? "" : query;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    headers.forEach(
        (name, values) ->
            copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                .addAll(values));
    copy.replaceAll((name, values) -> List.copyOf(values));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = body == null ? new byte[0] : body.clone();
  }

  /**
   * The HTTP method, such as {@code POST}.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * The path without the query, such as {@code /v1/chat/completions}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * The raw query string without the {@code ?}, or an empty string.
   *
   * @return the query, or an empty string
   */
  public String query() {
    return query;
  }

  /**
   * The first value of a query parameter, decoded, or null when it was not sent.
   *
   * @param name the parameter's name
   * @return its first value, or null
   */
  public String queryParameter(String name) {
    List<String> values = queryParameters().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Every query parameter, decoded, in the order sent.
   *
   * @return the parameters, by name
   */
  public Map<String, List<String>> queryParameters() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
    return parameters;
  }

  /**
   * The headers, with lowercase names.
   *
   * @return the headers, by lowercase name
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header (the name in any case), or null when it was not sent.
   *
   * @param name the header's name, in any case
   * @return its first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The body as UTF-8 text, or an empty string.
   *
   * @return the body as text
   */
  public String body() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body's bytes.
   *
   * @return a copy of the body
   */
  public byte[] bodyBytes() {
    return body.clone();
  }

  /**
   * The body read as a JSON tree, or null when it is empty or not JSON.
   *
   * @return the JSON tree, or null
   */
  public JsonNode bodyJson() {
    return Json.parse(body);
  }

  int bodySize() {
    return body.length;
  }

  byte[] rawBody() {
    return body;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  /** The request line, such as {@code POST /v1/chat/completions}. */
  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }
}
