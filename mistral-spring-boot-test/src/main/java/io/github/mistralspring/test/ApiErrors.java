package io.github.mistralspring.test;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The error bodies the API sends, in its shapes: {@code {"detail": "Unauthorized"}} for 401, the
 * validation list {@code {"detail": [{"type", "loc", "msg", "input"}]}} for 422, and {@code
 * {"object": "error", "message", "type", "param", "code"}} for the rest.
 */
final class ApiErrors {

  private ApiErrors() {}

  /** The body the API sends for this status when nothing more specific is known. */
  static ObjectNode bodyFor(int status) {
    return switch (status) {
      case 401 -> detail("Unauthorized");
      case 404 -> detail("Not Found");
      case 405 -> detail("Method Not Allowed");
      case 422 -> validation("missing", List.of("body"), "Field required", null, null);
      case 429 -> error("Requests rate limit exceeded", "rate_limited", "1300");
      case 400 -> error("Invalid request", "invalid_request_error", "3000");
      case 403 -> error("Forbidden", "forbidden", "3002");
      default ->
          status >= 500
              ? error("Service unavailable.", "internal_server_error", "3600")
              : error("Request failed", "invalid_request_error", "3000");
    };
  }

  /** {@code {"detail": text}}, as for an unknown path or a missing key. */
  static ObjectNode detail(String text) {
    ObjectNode body = Json.object();
    body.put("detail", text);
    return body;
  }

  /** {@code {"object": "error", "message", "type", "param": null, "code"}}. */
  static ObjectNode error(String message, String type, String code) {
    ObjectNode error = Json.object();
    error.put("object", "error");
    error.put("message", message);
    error.put("type", type);
    error.putNull("param");
    if (code == null) {
      error.putNull("code");
    } else {
      error.put("code", code);
    }
    return error;
  }

  /** The 400 the API sends for a model it does not serve. */
  static Reply invalidModel(String model) {
    return Reply.json(400, error("Invalid model: " + model, "invalid_model", "1500"));
  }

  /** A 404 for a resource that does not exist. */
  static Reply notFound(String message) {
    return Reply.json(404, error(message, "not_found", "1404"));
  }

  /** A 400 for a request the API refuses as a whole. */
  static Reply badRequest(String message) {
    return Reply.json(400, error(message, "invalid_request_error", "3000"));
  }

  /** A 422 with one validation problem, in the shape of the API's request validation. */
  static Reply unprocessable(String type, List<Object> location, String message, JsonNode input) {
    return Reply.json(422, validation(type, location, message, input, null));
  }

  /** A 422 for a list that must not be empty, as the API's validation words it. */
  static Reply emptyList(String field, JsonNode input) {
    ObjectNode context = Json.object();
    context.put("field_type", "List");
    context.put("min_length", 1);
    context.put("actual_length", 0);
    return Reply.json(
        422,
        validation(
            "too_short",
            List.of("body", field),
            "List should have at least 1 item after validation, not 0",
            input,
            context));
  }

  /** A 422 for a text that must not be empty, as the API's validation words it. */
  static Reply emptyString(String field, JsonNode input) {
    ObjectNode context = Json.object();
    context.put("min_length", 1);
    return Reply.json(
        422,
        validation(
            "string_too_short",
            List.of("body", field),
            "String should have at least 1 character",
            input,
            context));
  }

  /** The 422 body of a request missing required fields. */
  static ObjectNode missingFields(JsonNode body, List<String> missing) {
    ObjectNode error = Json.object();
    ArrayNode detail = error.putArray("detail");
    for (String field : missing) {
      detail.add(item("missing", List.of("body", field), "Field required", body, null));
    }
    return error;
  }

  private static ObjectNode validation(
      String type, List<Object> location, String message, JsonNode input, ObjectNode context) {
    ObjectNode error = Json.object();
    error.putArray("detail").add(item(type, location, message, input, context));
    return error;
  }

  private static ObjectNode item(
      String type, List<Object> location, String message, JsonNode input, ObjectNode context) {
    ObjectNode item = Json.object();
    item.put("type", type);
    ArrayNode loc = item.putArray("loc");
    for (Object part : location) {
      if (part instanceof Integer index) {
        loc.add(index);
      } else {
        loc.add(String.valueOf(part));
      }
    }
    item.put("msg", message);
    item.set("input", input == null ? JsonNodeFactory.instance.nullNode() : input);
    if (context != null) {
      item.set("ctx", context);
    }
    return item;
  }
}
