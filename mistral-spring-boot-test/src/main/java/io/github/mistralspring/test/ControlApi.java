package io.github.mistralspring.test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API: what a Java test does with {@link MockMistralServer}, over HTTP under {@code
 * /__mistral}, for tests in any language. Each endpoint calls the server's own methods, so both
 * ways share one implementation. Its requests are not recorded, need no key and are never scripted.
 * The bodies are described by {@code control-api.schema.json}, served at {@code GET
 * /__mistral/schema}.
 */
final class ControlApi {

  /** The longest {@code GET /__mistral/requests?wait_for=N} waits. */
  static final Duration MAX_WAIT = Duration.ofSeconds(30);

  /** Bodies larger than this are not copied into the recorded requests' {@code body_text}. */
  private static final int MAX_TEXT_BODY = 64 * 1024;

  private static final Set<String> COMMON =
      Set.of("type", "path", "delay_ms", "token_delay_ms", "cut_after", "headers");

  private static final List<String> ENDPOINTS =
      List.of(
          "GET /__mistral/health",
          "POST /__mistral/responses",
          "GET /__mistral/responses",
          "DELETE /__mistral/responses",
          "GET /__mistral/requests",
          "DELETE /__mistral/requests",
          "POST /__mistral/reset",
          "GET /__mistral/settings",
          "PUT /__mistral/settings",
          "POST /__mistral/models",
          "GET /__mistral/schema");

  /** A request the control API refuses, with a message that names the problem and the fix. */
  static final class ControlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ControlException(String message) {
      super(message);
    }
  }

  private final MockMistralServer server;

  ControlApi(MockMistralServer server) {
    this.server = server;
  }

  Mono<Reply> handle(HttpServerRequest request, byte[] body) {
    String uri = request.uri();
    int question = uri.indexOf('?');
    String path = question < 0 ? uri : uri.substring(0, question);
    RecordedRequest call =
        new RecordedRequest(
            request.method().name(),
            path,
            question < 0 ? "" : uri.substring(question + 1),
            Map.of(),
            body);
    try {
      return route(call);
    } catch (ControlException refused) {
      return Mono.just(problem(400, refused.getMessage()));
    }
  }

  private Mono<Reply> route(RecordedRequest call) {
    String path = call.path().replaceAll("/+$", "");
    String method = call.method();
    String endpoint = method + " " + path;
    return switch (endpoint) {
      case "GET /__mistral", "GET /__mistral/health" -> Mono.just(Reply.ok(health()));
      case "POST /__mistral/responses" -> Mono.just(Reply.ok(enqueue(body(call))));
      case "GET /__mistral/responses" -> Mono.just(Reply.ok(queued()));
      case "DELETE /__mistral/responses" -> {
        server.clearQueue();
        yield Mono.just(Reply.ok(queued()));
      }
      case "GET /__mistral/requests" -> requests(call);
      case "DELETE /__mistral/requests" -> {
        server.clearRecorded();
        yield Mono.just(Reply.ok(requestList(List.of())));
      }
      case "POST /__mistral/reset" -> {
        server.reset();
        yield Mono.just(Reply.ok(health()));
      }
      case "GET /__mistral/settings" -> Mono.just(Reply.ok(settings()));
      case "PUT /__mistral/settings", "POST /__mistral/settings" ->
          Mono.just(Reply.ok(updateSettings(body(call))));
      case "POST /__mistral/models" -> Mono.just(Reply.ok(addModel(body(call))));
      case "GET /__mistral/schema" -> Mono.just(schema());
      default -> {
        boolean known = ENDPOINTS.stream().anyMatch(e -> e.endsWith(" " + path));
        ObjectNode problem =
            problemBody(
                known
                    ? method + " is not allowed on " + path
                    : "No control endpoint " + endpoint + "; see the list below");
        problem.set("endpoints", Json.strings(ENDPOINTS));
        yield Mono.just(Reply.json(known ? 405 : 404, problem));
      }
    };
  }

  private ObjectNode health() {
    ObjectNode health = Json.object();
    health.put("status", "UP");
    health.put("base_url", server.baseUrl());
    if (server.seed() == null) {
      health.putNull("seed");
    } else {
      health.put("seed", server.seed());
    }
    health.put("requests", server.requestCount());
    health.put("queued", server.queued().size());
    return health;
  }

  // ---- scripted responses

  private ObjectNode enqueue(JsonNode body) {
    List<MockResponse> responses = new ArrayList<>();
    if (body.isArray()) {
      int index = 0;
      for (JsonNode item : body) {
        responses.add(script(item, "[" + index++ + "]"));
      }
    } else {
      responses.add(script(body, "the body"));
    }
    server.enqueue(responses.toArray(MockResponse[]::new));
    return queued();
  }

  private ObjectNode queued() {
    ObjectNode answer = Json.object();
    List<MockResponse> queued = server.queued();
    answer.put("queued", queued.size());
    ArrayNode list = answer.putArray("responses");
    for (MockResponse response : queued) {
      ObjectNode item = list.addObject();
      item.put("type", typeName(response));
      if (response.statusCode() > 0 && response.kind() == MockResponse.Kind.RAW) {
        item.put("status", response.statusCode());
      }
      if (response.pathPrefix() != null) {
        item.put("path", response.pathPrefix());
      }
    }
    return answer;
  }

  private static String typeName(MockResponse response) {
    return switch (response.kind()) {
      case ANSWER -> "answer";
      case TOOL_CALL -> "tool_calls";
      case SSE -> "events";
      case DISCONNECT -> "disconnect";
      case RAW -> response.statusCode() == 429 ? "rate_limited" : "error";
    };
  }

  /** Reads one scripted response (see {@code control-api.schema.json}, {@code Response}). */
  static MockResponse script(JsonNode item, String where) {
    if (item == null || !item.isObject()) {
      throw new ControlException(
          where + " must be a JSON object such as {\"type\":\"answer\",\"text\":\"Bonjour !\"}");
    }
    String type = Json.text(item, "type");
    if (type == null) {
      throw new ControlException(
          where
              + " needs \"type\": one of answer, tool_calls, error, rate_limited, events,"
              + " disconnect");
    }
    MockResponse response =
        switch (type) {
          case "answer" -> {
            allow(item, where, "text");
            yield MockResponse.answer(requiredText(item, "text", where));
          }
          case "tool_calls" -> {
            allow(item, where, "calls");
            yield toolCalls(item, where);
          }
          case "error" -> {
            allow(item, where, "status", "body", "retry_after");
            yield error(item, where);
          }
          case "rate_limited" -> {
            allow(item, where, "retry_after");
            MockResponse limited = MockResponse.apiError(429);
            yield item.has("retry_after")
                ? withRetryAfter(limited, item.get("retry_after"), where)
                : limited.withHeader("Retry-After", "1");
          }
          case "events" -> {
            allow(item, where, "data");
            yield events(item, where);
          }
          case "disconnect" -> {
            allow(item, where);
            yield MockResponse.disconnect();
          }
          default ->
              throw new ControlException(
                  where
                      + ": unknown \"type\": \""
                      + type
                      + "\"; use one of answer, tool_calls, error, rate_limited, events,"
                      + " disconnect");
        };
    return common(response, item, where);
  }

  private static void allow(JsonNode item, String where, String... own) {
    Set<String> allowed = new HashSet<>(COMMON);
    allowed.addAll(List.of(own));
    for (Iterator<String> names = item.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ControlException(
            where
                + ": \""
                + name
                + "\" is not a field of a \""
                + Json.text(item, "type")
                + "\" response; allowed: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private static MockResponse toolCalls(JsonNode item, String where) {
    JsonNode calls = item.get("calls");
    if (calls == null || !calls.isArray() || calls.isEmpty()) {
      throw new ControlException(
          where
              + " needs \"calls\": a non-empty list such as"
              + " [{\"name\":\"get_weather\",\"arguments\":{\"city\":\"Paris\"}}]");
    }
    MockResponse response = null;
    int index = 0;
    for (JsonNode call : calls) {
      String at = where + ".calls[" + index++ + "]";
      if (!call.isObject()) {
        throw new ControlException(at + " must be an object with \"name\" and \"arguments\"");
      }
      String name = requiredText(call, "name", at);
      JsonNode arguments = call.get("arguments");
      String json;
      if (arguments == null || arguments.isNull()) {
        json = "{}";
      } else if (arguments.isObject()) {
        json = Json.write(arguments);
      } else if (arguments.isString() && Json.parse(arguments.stringValue()) != null) {
        json = arguments.stringValue();
      } else {
        throw new ControlException(
            at + ".arguments must be a JSON object, or a string holding one, was " + arguments);
      }
      response =
          response == null ? MockResponse.toolCall(name, json) : response.andToolCall(name, json);
    }
    return response;
  }

  private static MockResponse error(JsonNode item, String where) {
    Integer status = Json.integer(item, "status");
    if (status == null || status < 400 || status > 599) {
      throw new ControlException(
          where + " needs \"status\": an error status from 400 to 599, was " + item.get("status"));
    }
    JsonNode body = item.get("body");
    MockResponse response;
    if (body == null || body.isNull()) {
      response = MockResponse.apiError(status);
    } else if (body.isString()) {
      response = MockResponse.status(status).withBody(body.stringValue());
    } else {
      response = MockResponse.json(status, Json.write(body));
    }
    return item.has("retry_after")
        ? withRetryAfter(response, item.get("retry_after"), where)
        : response;
  }

  private static MockResponse withRetryAfter(MockResponse response, JsonNode value, String where) {
    if (value.isNumber() && value.doubleValue() >= 0) {
      return response.withRetryAfter(Duration.ofNanos(Math.round(value.doubleValue() * 1e9)));
    }
    if (value.isString() && !value.stringValue().isBlank()) {
      return response.withHeader("Retry-After", value.stringValue());
    }
    throw new ControlException(
        where
            + ".retry_after must be seconds (0.5 for half a second) or an HTTP date, was "
            + value);
  }

  private static MockResponse events(JsonNode item, String where) {
    JsonNode data = item.get("data");
    if (data == null || !data.isArray()) {
      throw new ControlException(
          where + " needs \"data\": the events' data payloads, such as [\"{...}\", \"[DONE]\"]");
    }
    List<String> payloads = new ArrayList<>();
    for (JsonNode payload : data) {
      payloads.add(payload.isString() ? payload.stringValue() : Json.write(payload));
    }
    return MockResponse.sse(payloads.toArray(String[]::new));
  }

  private static MockResponse common(MockResponse response, JsonNode item, String where) {
    MockResponse result = response;
    JsonNode path = item.get("path");
    if (path != null) {
      if (!path.isString() || !path.stringValue().startsWith("/")) {
        throw new ControlException(
            where + ".path must be a path prefix such as \"/v1/chat/completions\", was " + path);
      }
      result = result.forPath(path.stringValue());
    }
    Long delay = millis(item, "delay_ms", where);
    if (delay != null) {
      result = result.withDelay(Duration.ofMillis(delay));
    }
    Long tokenDelay = millis(item, "token_delay_ms", where);
    if (tokenDelay != null) {
      result = result.withTokenDelay(Duration.ofMillis(tokenDelay));
    }
    JsonNode cut = item.get("cut_after");
    if (cut != null) {
      if (!cut.isIntegralNumber() || cut.intValue() < 0) {
        throw new ControlException(
            where + ".cut_after must be a number of events, 0 or more, was " + cut);
      }
      result = result.cutAfter(cut.intValue());
    }
    JsonNode headers = item.get("headers");
    if (headers != null) {
      if (!headers.isObject()) {
        throw new ControlException(
            where + ".headers must be an object of names to text values, was " + headers);
      }
      for (Map.Entry<String, JsonNode> header : headers.properties()) {
        if (!header.getValue().isString()) {
          throw new ControlException(
              where + ".headers." + header.getKey() + " must be text, was " + header.getValue());
        }
        result = result.withHeader(header.getKey(), header.getValue().stringValue());
      }
    }
    return result;
  }

  private static Long millis(JsonNode item, String field, String where) {
    JsonNode value = item.get(field);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || value.longValue() < 0) {
      throw new ControlException(
          where + "." + field + " must be whole milliseconds, 0 or more, was " + value);
    }
    return value.longValue();
  }

  private static String requiredText(JsonNode item, String field, String where) {
    String text = Json.text(item, field);
    if (text == null) {
      throw new ControlException(where + " needs \"" + field + "\" as text");
    }
    return text;
  }

  // ---- recorded requests

  private Mono<Reply> requests(RecordedRequest call) {
    Integer waitFor = queryInt(call, "wait_for");
    if (waitFor == null) {
      return Mono.just(Reply.ok(requestList(server.recordedRequests())));
    }
    Integer timeout = queryInt(call, "timeout_ms");
    Duration wait =
        timeout == null
            ? Duration.ofSeconds(10)
            : Duration.ofMillis(Math.min(timeout, MAX_WAIT.toMillis()));
    int wanted = waitFor;
    return Flux.interval(Duration.ZERO, Duration.ofMillis(10))
        .filter(tick -> server.requestCount() >= wanted)
        .next()
        .map(tick -> Reply.ok(requestList(server.recordedRequests())))
        .timeout(
            wait,
            Mono.fromSupplier(
                () -> {
                  ObjectNode late = requestList(server.recordedRequests());
                  late.put(
                      "error",
                      "Only "
                          + server.requestCount()
                          + " of "
                          + wanted
                          + " requests arrived within "
                          + wait.toMillis()
                          + " ms");
                  return Reply.json(408, late);
                }));
  }

  private static Integer queryInt(RecordedRequest call, String name) {
    String value = call.queryParameter(name);
    if (value == null) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number < 0) {
        throw new NumberFormatException(value);
      }
      return number;
    } catch (NumberFormatException notANumber) {
      throw new ControlException(
          name + " must be a whole number, 0 or more, was \"" + value + "\"");
    }
  }

  private static ObjectNode requestList(List<RecordedRequest> requests) {
    ObjectNode list = Json.object();
    list.put("count", requests.size());
    ArrayNode items = list.putArray("requests");
    int index = 0;
    for (RecordedRequest request : requests) {
      items.add(describe(request, index++));
    }
    return list;
  }

  /**
   * A recorded request as JSON. The credential of {@code Authorization} is never shown: an
   * application pointed at the simulator might send a real key.
   */
  static ObjectNode describe(RecordedRequest request, int index) {
    ObjectNode item = Json.object();
    item.put("index", index);
    item.put("method", request.method());
    item.put("path", request.path());
    item.put("query", request.query());
    ObjectNode headers = item.putObject("headers");
    request
        .headers()
        .forEach(
            (name, values) -> {
              ArrayNode array = headers.putArray(name);
              for (String value : values) {
                array.add(
                    "authorization".equals(name.toLowerCase(Locale.ROOT))
                        ? redacted(value)
                        : value);
              }
            });
    item.put("body_size", request.bodySize());
    JsonNode json = request.bodyJson();
    if (json != null) {
      item.set("body", json);
    } else {
      item.putNull("body");
      String text = text(request.rawBody());
      if (text != null) {
        item.put("body_text", text);
      }
    }
    return item;
  }

  private static String redacted(String value) {
    int space = value.indexOf(' ');
    return (space < 0 ? "" : value.substring(0, space + 1)) + "[redacted]";
  }

  private static String text(byte[] body) {
    if (body.length == 0 || body.length > MAX_TEXT_BODY) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }

  // ---- settings and models

  private ObjectNode settings() {
    ObjectNode settings = Json.object();
    settings.put("token_delay_ms", server.tokenDelay().toMillis());
    settings.put("require_api_key", server.requiresApiKey());
    settings.put("advance_jobs_on_retrieve", server.jobPace().onRetrieve);
    settings.put("retire_fine_tuning", server.fineTuningRetired());
    Duration every = server.jobPace().every;
    if (every == null) {
      settings.putNull("advance_jobs_every_ms");
    } else {
      settings.put("advance_jobs_every_ms", every.toMillis());
    }
    return settings;
  }

  private ObjectNode updateSettings(JsonNode body) {
    if (!body.isObject()) {
      throw new ControlException(
          "The settings must be a JSON object such as {\"token_delay_ms\": 30}");
    }
    Set<String> allowed =
        Set.of(
            "token_delay_ms",
            "require_api_key",
            "advance_jobs_on_retrieve",
            "advance_jobs_every_ms",
            "retire_fine_tuning");
    for (Iterator<String> names = body.propertyNames().iterator(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ControlException(
            "\"" + name + "\" is not a setting; settings: " + String.join(", ", allowed));
      }
    }
    // Check every value before changing anything, so a refused update changes nothing.
    Long tokenDelay = millis(body, "token_delay_ms", "settings");
    JsonNode key = body.get("require_api_key");
    if (key != null && !key.isNull() && !(key.isString() && !key.stringValue().isEmpty())) {
      throw new ControlException(
          "settings.require_api_key must be the key requests must send, or null for none");
    }
    JsonNode onRetrieve = body.get("advance_jobs_on_retrieve");
    if (onRetrieve != null && !onRetrieve.isBoolean()) {
      throw new ControlException(
          "settings.advance_jobs_on_retrieve must be true or false, was " + onRetrieve);
    }
    JsonNode every = body.get("advance_jobs_every_ms");
    if (every != null && !every.isNull() && !(every.isIntegralNumber() && every.longValue() > 0)) {
      throw new ControlException(
          "settings.advance_jobs_every_ms must be whole milliseconds above 0, or null, was "
              + every);
    }
    JsonNode retireFineTuning = body.get("retire_fine_tuning");
    if (retireFineTuning != null && !retireFineTuning.isBoolean()) {
      throw new ControlException(
          "settings.retire_fine_tuning must be true or false, was " + retireFineTuning);
    }
    if (retireFineTuning != null) {
      server.retireFineTuning(retireFineTuning.booleanValue());
    }
    if (tokenDelay != null) {
      server.tokenDelay(Duration.ofMillis(tokenDelay));
    }
    if (key != null) {
      server.requireApiKey(key.isNull() ? null : key.stringValue());
    }
    if (onRetrieve != null) {
      server.advanceJobsOnRetrieve(onRetrieve.booleanValue());
    }
    if (every != null) {
      server.advanceJobsEvery(every.isNull() ? null : Duration.ofMillis(every.longValue()));
    }
    return settings();
  }

  private ObjectNode addModel(JsonNode body) {
    String id = body.isObject() ? Json.text(body, "id") : null;
    if (id == null || id.isBlank()) {
      throw new ControlException(
          "The body must name the model to serve, such as {\"id\": \"ft:classifier:sentiment\"}");
    }
    server.addModel(id);
    ObjectNode added = Json.object();
    added.put("id", id);
    added.put("added", true);
    return added;
  }

  private static Reply schema() {
    try (InputStream schema = ControlApi.class.getResourceAsStream("control-api.schema.json")) {
      if (schema == null) {
        return problem(500, "control-api.schema.json is missing from the simulator's jar");
      }
      return Reply.bytes(200, schema.readAllBytes(), "application/schema+json");
    } catch (IOException unreadable) {
      return problem(500, "control-api.schema.json could not be read: " + unreadable.getMessage());
    }
  }

  private static JsonNode body(RecordedRequest call) {
    JsonNode json = call.bodyJson();
    if (json == null) {
      throw new ControlException(
          call.bodySize() == 0
              ? call.method() + " " + call.path() + " needs a JSON body"
              : "The body of " + call.method() + " " + call.path() + " is not valid JSON");
    }
    return json;
  }

  private static ObjectNode problemBody(String message) {
    ObjectNode problem = Json.object();
    problem.put("error", message);
    return problem;
  }

  private static Reply problem(int status, String message) {
    return Reply.json(status, problemBody(message));
  }
}
