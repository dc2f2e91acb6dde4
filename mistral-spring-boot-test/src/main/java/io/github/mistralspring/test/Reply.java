package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** What the simulator answers to one request, before it is written to the connection. */
final class Reply {

  final int status;
  final Map<String, String> headers = new LinkedHashMap<>();
  final byte[] body;
  final List<String> events;
  int cutAfterEvents = -1;

  private Reply(int status, byte[] body, List<String> events) {
    this.status = status;
    this.body = body;
    this.events = events;
  }

  static Reply json(int status, JsonNode body) {
    Reply reply = new Reply(status, Json.MAPPER.writeValueAsBytes(body), null);
    reply.headers.put("content-type", "application/json");
    return reply;
  }

  static Reply ok(JsonNode body) {
    return json(200, body);
  }

  static Reply bytes(int status, byte[] body, String contentType) {
    Reply reply = new Reply(status, body, null);
    reply.headers.put("content-type", contentType);
    return reply;
  }

  /** A stream of complete SSE events, each already ending with its blank line. */
  static Reply events(List<String> events) {
    Reply reply = new Reply(200, null, new ArrayList<>(events));
    reply.headers.put("content-type", "text/event-stream; charset=utf-8");
    reply.headers.put("cache-control", "no-cache");
    return reply;
  }

  static Reply notFound(String message) {
    return ApiErrors.notFound(message);
  }

  static Reply badRequest(String message) {
    return ApiErrors.badRequest(message);
  }

  /** A 204 with no body, as for a deleted agent or conversation. */
  static Reply noContent() {
    Reply reply = new Reply(204, new byte[0], null);
    return reply;
  }

  boolean isStream() {
    return events != null;
  }

  /** One SSE event whose data is this JSON, with an {@code event:} line when a name is given. */
  static String event(String name, JsonNode data) {
    return (name == null ? "" : "event: " + name + "\n") + "data: " + Json.write(data) + "\n\n";
  }
}
