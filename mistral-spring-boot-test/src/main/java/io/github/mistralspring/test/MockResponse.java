package io.github.mistralspring.test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer or a scripted failure for the simulator's next matching request, enqueued with
 * {@link MockMistralServer#enqueue(MockResponse...)}; instances are immutable.
 *
 * <p>{@link #answer(String)} and {@link #toolCall(String, String)} script what the model says: they
 * are used by the next completion (chat, FIM, agents, conversations), streamed or not, as the
 * request asks. Every other kind ({@link #json(int, String)}, {@link #status(int)}, {@link
 * #sse(String...)}, {@link #disconnect()}) replaces the next response to any path, or to the paths
 * given with {@link #forPath(String)}.
 */
public final class MockResponse {

  enum Kind {
    ANSWER,
    TOOL_CALL,
    RAW,
    SSE,
    DISCONNECT
  }

  private final Kind kind;
  private final int status;
  private final Map<String, String> headers;
  private final String body;
  private final List<String> events;
  private final String text;
  private final String toolName;
  private final String toolArguments;
  private final Duration delay;
  private final Duration tokenDelay;
  private final int cutAfterEvents;
  private final String pathPrefix;

  private MockResponse(
      Kind kind,
      int status,
      Map<String, String> headers,
      String body,
      List<String> events,
      String text,
      String toolName,
      String toolArguments,
      Duration delay,
      Duration tokenDelay,
      int cutAfterEvents,
      String pathPrefix) {
    this.kind = kind;
    this.status = status;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    this.body = body;
    this.events = List.copyOf(events);
    this.text = text;
    this.toolName = toolName;
    this.toolArguments = toolArguments;
    this.delay = delay;
    this.tokenDelay = tokenDelay;
    this.cutAfterEvents = cutAfterEvents;
    this.pathPrefix = pathPrefix;
  }

  private static MockResponse of(Kind kind, int status, String body, List<String> events) {
    return new MockResponse(
        kind, status, Map.of(), body, events, null, null, null, Duration.ZERO, null, -1, null);
  }

  /** The model's next answer is this text (as JSON, or token by token when streamed). */
  public static MockResponse answer(String text) {
    Objects.requireNonNull(text, "text");
    MockResponse response = of(Kind.ANSWER, 200, null, List.of());
    return response.copy(response.headers, text, null, null);
  }

  /**
   * The model's next answer calls the function {@code name} with these JSON arguments, with {@code
   * finish_reason} {@code tool_calls} (a {@code function.call} entry in conversations).
   */
  public static MockResponse toolCall(String name, String argumentsJson) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(argumentsJson, "argumentsJson");
    MockResponse response = of(Kind.TOOL_CALL, 200, null, List.of());
    return response.copy(response.headers, null, name, argumentsJson);
  }

  /** A response with this status and JSON body, sent as it is. */
  public static MockResponse json(int status, String body) {
    return of(Kind.RAW, status, Objects.requireNonNull(body, "body"), List.of())
        .withHeader("content-type", "application/json");
  }

  /** A response with this status and no body; add one with {@link #withBody(String)}. */
  public static MockResponse status(int status) {
    return of(Kind.RAW, status, "", List.of());
  }

  /**
   * A 429 as the API sends it when the rate limit is hit, asking the client to wait {@code
   * retryAfter} (whole seconds) in {@code Retry-After}.
   */
  public static MockResponse rateLimited(Duration retryAfter) {
    return json(
            429,
            "{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\","
                + "\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\"}")
        .withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
  }

  /**
   * A {@code text/event-stream} response whose events carry these {@code data:} payloads, sent as
   * they are (add {@code "[DONE]"} yourself if the stream should end the API's way).
   */
  public static MockResponse sse(String... dataPayloads) {
    List<String> events = new ArrayList<>();
    for (String data : dataPayloads) {
      events.add("data: " + data + "\n\n");
    }
    return of(Kind.SSE, 200, null, events).withHeader("content-type", "text/event-stream");
  }

  /** Closes the connection as soon as the request has been read, without answering. */
  public static MockResponse disconnect() {
    return of(Kind.DISCONNECT, 0, null, List.of());
  }

  /** A copy that also sends this header. */
  public MockResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return copy(copy, text, toolName, toolArguments);
  }

  /** A copy with this body (for {@link #status(int)} and {@link #json(int, String)}). */
  public MockResponse withBody(String newBody) {
    return new MockResponse(
        kind,
        status,
        headers,
        Objects.requireNonNull(newBody, "body"),
        events,
        text,
        toolName,
        toolArguments,
        delay,
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /** A copy that waits this long before sending the status line. */
  public MockResponse withDelay(Duration wait) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        toolName,
        toolArguments,
        Objects.requireNonNull(wait, "delay"),
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /** A copy that waits this long between two stream events, overriding the server's setting. */
  public MockResponse withTokenDelay(Duration wait) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        toolName,
        toolArguments,
        delay,
        Objects.requireNonNull(wait, "tokenDelay"),
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A copy whose stream is cut (the connection closed, with no final chunk) after this many events;
   * for {@link #answer(String)}, {@link #toolCall(String, String)} and {@link #sse(String...)} when
   * streamed.
   */
  public MockResponse cutAfter(int eventCount) {
    if (eventCount < 0) {
      throw new IllegalArgumentException("eventCount must be 0 or more, was " + eventCount);
    }
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        toolName,
        toolArguments,
        delay,
        tokenDelay,
        eventCount,
        pathPrefix);
  }

  /** A copy used only by a request whose path starts with this prefix, such as {@code /v1/ocr}. */
  public MockResponse forPath(String prefix) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        toolName,
        toolArguments,
        delay,
        tokenDelay,
        cutAfterEvents,
        Objects.requireNonNull(prefix, "prefix"));
  }

  private MockResponse copy(
      Map<String, String> newHeaders, String newText, String newToolName, String newArguments) {
    return new MockResponse(
        kind,
        status,
        newHeaders,
        body,
        events,
        newText,
        newToolName,
        newArguments,
        delay,
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  boolean matches(String method, String path) {
    if (pathPrefix != null && !path.startsWith(pathPrefix)) {
      return false;
    }
    if (kind == Kind.ANSWER || kind == Kind.TOOL_CALL) {
      return "POST".equals(method) && Completions.isGeneration(path);
    }
    return true;
  }

  Kind kind() {
    return kind;
  }

  int statusCode() {
    return status;
  }

  Map<String, String> headers() {
    return headers;
  }

  String body() {
    return body;
  }

  List<String> events() {
    return events;
  }

  String text() {
    return text;
  }

  String toolName() {
    return toolName;
  }

  String toolArguments() {
    return toolArguments;
  }

  Duration delay() {
    return delay;
  }

  Duration tokenDelay() {
    return tokenDelay;
  }

  int cutAfterEvents() {
    return cutAfterEvents;
  }

  /** Describes the scripted response. */
  @Override
  public String toString() {
    return "MockResponse[" + kind + (status > 0 ? " " + status : "") + "]";
  }
}
