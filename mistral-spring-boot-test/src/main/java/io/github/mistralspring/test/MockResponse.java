package io.github.mistralspring.test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A scripted answer or a scripted failure for the simulator's next matching request, enqueued with
 * {@link MockMistralServer#enqueue(MockResponse...)} or over the control API; instances are
 * immutable.
 *
 * <p>{@link #answer(String)} and {@link #toolCall(String, String)} script what the model says: they
 * are used by the next completion (chat, FIM, agents, conversations), streamed or not, as the
 * request asks; an answer is also the transcript of the next audio transcription. Every other kind
 * ({@link #apiError(int)}, {@link #json(int, String)}, {@link #status(int)}, {@link
 * #sse(String...)}, {@link #disconnect()}) replaces the next response to any API path, or to the
 * paths given with {@link #forPath(String)}.
 */
public final class MockResponse {

  private static final String TRANSCRIPTIONS = "/v1/audio/transcriptions";

  enum Kind {
    ANSWER,
    TOOL_CALL,
    RAW,
    SSE,
    DISCONNECT
  }

  /** One function call of a scripted {@link #toolCall(String, String)} answer. */
  record ScriptedCall(String name, String arguments) {}

  private final Kind kind;
  private final int status;
  private final Map<String, String> headers;
  private final String body;
  private final List<String> events;
  private final String text;
  private final List<ScriptedCall> calls;
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
      List<ScriptedCall> calls,
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
    this.calls = List.copyOf(calls);
    this.delay = delay;
    this.tokenDelay = tokenDelay;
    this.cutAfterEvents = cutAfterEvents;
    this.pathPrefix = pathPrefix;
  }

  private static MockResponse of(Kind kind, int status, String body, List<String> events) {
    return new MockResponse(
        kind, status, Map.of(), body, events, null, List.of(), Duration.ZERO, null, -1, null);
  }

  /**
   * The model's next answer is this text (as JSON, or token by token when streamed).
   *
   * @param text what the model says
   * @return the scripted answer
   */
  public static MockResponse answer(String text) {
    Objects.requireNonNull(text, "text");
    return new MockResponse(
        Kind.ANSWER,
        200,
        Map.of(),
        null,
        List.of(),
        text,
        List.of(),
        Duration.ZERO,
        null,
        -1,
        null);
  }

  /**
   * The model's next answer calls the function {@code name} with these JSON arguments, with {@code
   * finish_reason} {@code tool_calls} (a {@code function.call} entry in conversations); add more
   * calls to the same answer with {@link #andToolCall(String, String)}.
   *
   * @param name the function's name
   * @param argumentsJson the arguments, as a JSON object in text
   * @return the scripted answer
   */
  public static MockResponse toolCall(String name, String argumentsJson) {
    return of(Kind.TOOL_CALL, 200, null, List.of()).andToolCall(name, argumentsJson);
  }

  /**
   * A copy of a {@link #toolCall(String, String)} answer that also calls this function, as a model
   * does when it asks for several tools at once (parallel tool calls).
   *
   * @param name the function's name
   * @param argumentsJson the arguments, as a JSON object in text
   * @return a copy with one more call
   */
  public MockResponse andToolCall(String name, String argumentsJson) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(argumentsJson, "argumentsJson");
    if (kind != Kind.TOOL_CALL) {
      throw new IllegalStateException(
          "andToolCall(...) adds a call to a MockResponse.toolCall(...) answer, not to " + this);
    }
    List<ScriptedCall> more = new ArrayList<>(calls);
    more.add(new ScriptedCall(name, argumentsJson));
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        more,
        delay,
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A failure with this status and the body the API sends for it (such as {@code {"object":
   * "error", "message": "Requests rate limit exceeded", "type": "rate_limited", …}} for 429, or
   * {@code {"detail": "Unauthorized"}} for 401).
   *
   * @param status the status, from 400 to 599
   * @return the scripted failure
   */
  public static MockResponse apiError(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "apiError(status) takes an error status from 400 to 599, was " + status);
    }
    return json(status, Json.write(ApiErrors.bodyFor(status)));
  }

  /**
   * A response with this status and JSON body, sent as it is.
   *
   * @param status the status
   * @param body the JSON body, sent as it is
   * @return the scripted response
   */
  public static MockResponse json(int status, String body) {
    return of(Kind.RAW, status, Objects.requireNonNull(body, "body"), List.of())
        .withHeader("content-type", "application/json");
  }

  /**
   * A response with this status and no body; add one with {@link #withBody(String)}.
   *
   * @param status the status
   * @return the scripted response
   */
  public static MockResponse status(int status) {
    return of(Kind.RAW, status, "", List.of());
  }

  /**
   * A 429 as the API sends it when the rate limit is hit, asking the client to wait {@code
   * retryAfter} in {@code Retry-After}: in seconds, with a fraction when it is not whole ({@code
   * 0.5} for 500 ms).
   *
   * @param retryAfter how long the client is asked to wait
   * @return the scripted failure
   */
  public static MockResponse rateLimited(Duration retryAfter) {
    return apiError(429).withRetryAfter(retryAfter);
  }

  /**
   * A copy that sends {@code Retry-After} with this wait in seconds, with a fraction when it is not
   * whole ({@code 1.5} for 1,500 ms).
   *
   * @param wait how long the client is asked to wait, zero or more
   * @return a copy with the header
   */
  public MockResponse withRetryAfter(Duration wait) {
    Objects.requireNonNull(wait, "retryAfter");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("retryAfter must be zero or more, was " + wait);
    }
    return withHeader("Retry-After", seconds(wait));
  }

  /**
   * A duration in seconds as {@code Retry-After} writes it: {@code 2}, {@code 0.5}, {@code 1.25}.
   */
  static String seconds(Duration wait) {
    return new BigDecimal(wait.toNanos()).movePointLeft(9).stripTrailingZeros().toPlainString();
  }

  /**
   * A {@code text/event-stream} response whose events carry these {@code data:} payloads, sent as
   * they are (add {@code "[DONE]"} yourself if the stream should end the API's way).
   *
   * @param dataPayloads each event's data, in order
   * @return the scripted stream
   */
  public static MockResponse sse(String... dataPayloads) {
    List<String> events = new ArrayList<>();
    for (String data : dataPayloads) {
      events.add("data: " + data + "\n\n");
    }
    return of(Kind.SSE, 200, null, events).withHeader("content-type", "text/event-stream");
  }

  /**
   * Closes the connection as soon as the request has been read, without answering.
   *
   * @return the scripted failure
   */
  public static MockResponse disconnect() {
    return of(Kind.DISCONNECT, 0, null, List.of());
  }

  /**
   * A copy that also sends this header.
   *
   * @param name the header's name
   * @param value its value
   * @return a copy with the header
   */
  public MockResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return new MockResponse(
        kind,
        status,
        copy,
        body,
        events,
        text,
        calls,
        delay,
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A copy with this body (for {@link #status(int)} and {@link #json(int, String)}).
   *
   * @param newBody the body, sent as it is
   * @return a copy with the body
   */
  public MockResponse withBody(String newBody) {
    return new MockResponse(
        kind,
        status,
        headers,
        Objects.requireNonNull(newBody, "body"),
        events,
        text,
        calls,
        delay,
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A copy that waits this long before sending the status line.
   *
   * @param wait the wait
   * @return a copy with the delay
   */
  public MockResponse withDelay(Duration wait) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        calls,
        Objects.requireNonNull(wait, "delay"),
        tokenDelay,
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A copy that waits this long between two stream events, overriding the server's setting.
   *
   * @param wait the pause between events
   * @return a copy with the token delay
   */
  public MockResponse withTokenDelay(Duration wait) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        calls,
        delay,
        Objects.requireNonNull(wait, "tokenDelay"),
        cutAfterEvents,
        pathPrefix);
  }

  /**
   * A copy whose stream is cut (the connection closed, with no final chunk) after this many events;
   * for {@link #answer(String)}, {@link #toolCall(String, String)} and {@link #sse(String...)} when
   * streamed.
   *
   * @param eventCount how many events are sent before the cut, 0 or more
   * @return a copy cut after that many events
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
        calls,
        delay,
        tokenDelay,
        eventCount,
        pathPrefix);
  }

  /**
   * A copy used only by a request whose path starts with this prefix, such as {@code /v1/ocr}.
   *
   * @param prefix the path prefix, such as /v1/ocr
   * @return a copy that matches only those paths
   */
  public MockResponse forPath(String prefix) {
    return new MockResponse(
        kind,
        status,
        headers,
        body,
        events,
        text,
        calls,
        delay,
        tokenDelay,
        cutAfterEvents,
        Objects.requireNonNull(prefix, "prefix"));
  }

  boolean matches(String method, String path) {
    if (pathPrefix != null && !path.startsWith(pathPrefix)) {
      return false;
    }
    if (kind == Kind.ANSWER && "POST".equals(method) && path.equals(TRANSCRIPTIONS)) {
      // What the model says, for a transcription, is the transcript.
      return true;
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

  List<ScriptedCall> calls() {
    return calls;
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

  String pathPrefix() {
    return pathPrefix;
  }

  /** Describes the scripted response. */
  @Override
  public String toString() {
    return "MockResponse["
        + kind
        + (status > 0 ? " " + status : "")
        + (pathPrefix == null ? "" : " for " + pathPrefix)
        + "]";
  }
}
