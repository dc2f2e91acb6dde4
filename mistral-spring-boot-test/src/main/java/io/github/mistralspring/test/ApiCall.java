package io.github.mistralspring.test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One request as the API handlers see it: the recorded request, its JSON body, path variables. */
final class ApiCall {

  final RecordedRequest request;
  final JsonNode json;
  final MockResponse script;
  private final Matcher path;
  final Seeds seeds;
  private final ModelCatalog models;

  ApiCall(
      RecordedRequest request,
      Matcher path,
      MockResponse script,
      ModelCatalog models,
      Seeds seeds) {
    this.request = request;
    this.json = request.bodyJson();
    this.path = path;
    this.script = script;
    this.models = models;
    this.seeds = seeds;
  }

  /**
   * The path variable at this position (1 for the first), percent-decoded: a client may send {@code
   * ft:model:…} as {@code ft%3Amodel%3A…}, and the API reads both the same.
   */
  String var(int group) {
    String raw = path.group(group);
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    try {
      // In a path a plus is itself, not a space.
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return raw;
    }
  }

  /**
   * The base URL the client reached the simulator at, from its {@code Host} header (in a container
   * the simulator's own address is not the client's), else the fallback.
   */
  String baseUrl(String fallback) {
    String host = request.header("host");
    return host == null || host.isBlank() || host.contains("/") ? fallback : "http://" + host;
  }

  String query(String name) {
    return request.queryParameter(name);
  }

  int queryInt(String name, int fallback) {
    String value = query(name);
    try {
      return value == null ? fallback : Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      return fallback;
    }
  }

  /** The body as an object: an empty one when it is missing or not a JSON object. */
  ObjectNode body() {
    return json != null && json.isObject() ? (ObjectNode) json : Json.object();
  }

  boolean streaming() {
    return Json.bool(json, "stream", false);
  }

  /** A 422 reply when any of these fields is missing from the body, else null. */
  Reply require(String... fields) {
    List<String> missing =
        java.util.Arrays.stream(fields)
            .filter(field -> json == null || !json.has(field) || json.get(field).isNull())
            .toList();
    return missing.isEmpty() ? null : Reply.json(422, ApiErrors.missingFields(json, missing));
  }

  /** A 422 reply when this field is an empty list or an empty string, else null. */
  Reply requireNonEmpty(String field) {
    JsonNode value = body().get(field);
    if (value != null && value.isArray() && value.isEmpty()) {
      return ApiErrors.emptyList(field, value);
    }
    if (value != null && value.isString() && value.stringValue().isEmpty()) {
      return ApiErrors.emptyString(field, value);
    }
    return null;
  }

  /** A 400 reply, as the API sends, when the model is not one it serves; null when it is. */
  Reply requireKnownModel(String model) {
    return model == null || models.find(model) != null ? null : ApiErrors.invalidModel(model);
  }
}
