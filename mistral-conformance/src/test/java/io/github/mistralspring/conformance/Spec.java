package io.github.mistralspring.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One OpenAPI document read as a JSON tree: its operations by method and path, their request,
 * parameter and response schemas, and {@code $ref} resolution against {@code components}.
 */
final class Spec {

  /** The seed specification: the 45 operations the project implements. */
  static final String SEED = "mistral-openapi.yaml";

  /** The live API as published in July 2026: a superset of the seed's fields. */
  static final String LIVE = "mistral-openapi-2026-07.yaml";

  private static final Map<String, Spec> CACHE = new ConcurrentHashMap<>();

  private final String name;
  private final JsonNode root;
  private final List<String> repairs;

  private Spec(String name, JsonNode root, List<String> repairs) {
    this.name = name;
    this.root = root;
    this.repairs = repairs;
  }

  /**
   * Drops names from an {@code allOf} component's {@code required} that none of its parts defines
   * (the seed's {@code ChatCompletionResponse} requires a {@code data} it never declares, copied
   * from {@code EmbeddingResponse}; the live API does not send it).
   */
  private void dropUndefinedRequired() {
    for (Map.Entry<String, JsonNode> component : schemas().properties()) {
      JsonNode schema = component.getValue();
      if (!schema.has("allOf")) {
        continue;
      }
      Set<String> defined = new HashSet<>();
      collectProperties(schema, defined, 0);
      for (JsonNode part : schema.get("allOf")) {
        if (part instanceof ObjectNode object && object.get("required") instanceof ArrayNode req) {
          for (int i = req.size() - 1; i >= 0; i--) {
            if (!defined.contains(req.get(i).asString())) {
              repairs.add(
                  "/components/schemas/"
                      + component.getKey()
                      + "/allOf: required '"
                      + req.get(i).asString()
                      + "' names no property, dropped");
              req.remove(i);
            }
          }
        }
      }
    }
  }

  private void collectProperties(JsonNode schema, Set<String> names, int depth) {
    JsonNode resolved = resolve(schema);
    if (resolved == null || depth > 10) {
      return;
    }
    resolved.path("properties").propertyNames().forEach(names::add);
    for (JsonNode part : resolved.path("allOf")) {
      collectProperties(part, names, depth + 1);
    }
  }

  /**
   * Repairs the spec's own defects, in place, so that it is valid JSON Schema 2020-12: an {@code
   * items} written as a one-element array (draft-4 tuple style; the seed's {@code
   * EmbeddingResponse.data}) becomes that element, which is what the API means.
   */
  private static void repair(JsonNode node, String pointer, List<String> repairs) {
    if (node instanceof ObjectNode object) {
      JsonNode items = object.get("items");
      if (items != null && items.isArray() && items.size() == 1) {
        object.set("items", items.get(0));
        repairs.add(pointer + "/items: one-element array read as its element");
      }
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        repair(entry.getValue(), pointer + "/" + entry.getKey(), repairs);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        repair(array.get(i), pointer + "/" + i, repairs);
      }
    }
  }

  /** The spec defects repaired on load, as "pointer: what was done". */
  List<String> repairs() {
    return List.copyOf(repairs);
  }

  /**
   * The repository's {@code spec/} directory (specifications and recorded exchanges): the build
   * passes it as {@code mistral.spec.dir}; run from a module directory, it is one level up.
   */
  static Path specDir() {
    return Path.of(System.getProperty("mistral.spec.dir", "../spec"));
  }

  static Path file(String name) {
    return specDir().resolve("openapi").resolve(name);
  }

  static Spec load(String name) {
    return CACHE.computeIfAbsent(
        name,
        n -> {
          try {
            return parse(n, Files.readString(file(n)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A document from its text, repaired as on load; for the harness's own tests. */
  static Spec parse(String name, String yaml) {
    JsonNode root = YAMLMapper.builder().build().readTree(yaml);
    List<String> repairs = new ArrayList<>();
    repair(root, "", repairs);
    Spec spec = new Spec(name, root, repairs);
    spec.dropUndefinedRequired();
    return spec;
  }

  String name() {
    return name;
  }

  JsonNode root() {
    return root;
  }

  JsonNode schemas() {
    return root.path("components").path("schemas");
  }

  /** The operation at {@code method} and {@code path} (a {@code #stream} suffix included). */
  Optional<JsonNode> operation(String method, String path) {
    JsonNode op = root.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
    return op.isObject() ? Optional.of(op) : Optional.empty();
  }

  /** Follows {@code $ref}s (to {@code #/components/...}) until a schema that is not one. */
  JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int i = 0; i < 20 && current != null && current.has("$ref"); i++) {
      current = pointer(current.get("$ref").asString());
    }
    return current;
  }

  JsonNode pointer(String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalArgumentException("external $ref not supported: " + ref);
    }
    JsonNode target = root.at(ref.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalArgumentException(name + ": unresolved $ref " + ref);
    }
    return target;
  }

  /** The JSON request body schema of an operation, if it has one. */
  Optional<JsonNode> requestSchema(JsonNode operation) {
    JsonNode body = resolve(operation.path("requestBody"));
    JsonNode schema =
        body == null ? null : body.path("content").path("application/json").get("schema");
    return Optional.ofNullable(schema);
  }

  /** The {@code multipart/form-data} request body schema of an operation, if it has one. */
  Optional<JsonNode> multipartSchema(JsonNode operation) {
    JsonNode body = resolve(operation.path("requestBody"));
    JsonNode schema =
        body == null ? null : body.path("content").path("multipart/form-data").get("schema");
    return Optional.ofNullable(schema);
  }

  /**
   * The success response schema of an operation for one content type, if declared: its {@code 200}
   * answer's, or its {@code 201} answer's when it has no 200 (a create that says so).
   */
  Optional<JsonNode> responseSchema(JsonNode operation, String contentType) {
    JsonNode responses = operation.path("responses");
    JsonNode response = resolve(responses.path(responses.has("200") ? "200" : "201"));
    JsonNode schema =
        response == null ? null : response.path("content").path(contentType).get("schema");
    return Optional.ofNullable(schema);
  }

  /** The parameters of an operation, resolved. */
  List<Parameter> parameters(JsonNode operation) {
    List<Parameter> result = new ArrayList<>();
    for (JsonNode p : operation.path("parameters")) {
      JsonNode param = resolve(p);
      String in = param.path("in").asString();
      JsonNode schema = param.get("schema");
      JsonNode json = param.path("content").path("application/json").get("schema");
      // OpenAPI's defaults: form for query and cookie parameters, simple for path and header;
      // explode is true for form only.
      String style =
          param
              .path("style")
              .asString(in.equals("query") || in.equals("cookie") ? "form" : "simple");
      result.add(
          new Parameter(
              param.path("name").asString(),
              in,
              param.path("required").asBoolean(false),
              schema == null ? json : schema,
              param.has("example") ? param.get("example").asString() : null,
              schema == null && json != null,
              style,
              param.path("explode").asBoolean(style.equals("form"))));
    }
    return result;
  }

  /**
   * One parameter of an operation.
   *
   * @param schema its {@code schema}, or for a parameter declared by {@code content} that content's
   *     JSON schema
   * @param json whether it is declared with {@code content: application/json} (sent as JSON text)
   * @param style its serialisation style, OpenAPI's default if not declared
   * @param explode whether it is exploded, OpenAPI's default for the style if not declared
   */
  record Parameter(
      String name,
      String in,
      boolean required,
      JsonNode schema,
      String example,
      boolean json,
      String style,
      boolean explode) {}
}
