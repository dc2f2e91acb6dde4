package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a JSON value that validates against a JSON Schema, picked deterministically from a seed.
 *
 * <p>Supported: {@code type} (object, array, string, number, integer, boolean, null, or a list of
 * them), {@code properties} (all are filled, so {@code required} holds), {@code items}, {@code
 * minItems}/{@code maxItems}, {@code enum}, {@code const}, {@code anyOf}/{@code oneOf} (the first
 * branch), {@code allOf} of objects (merged), local {@code $ref}s into {@code $defs} or {@code
 * definitions}, {@code minimum}/{@code maximum} (also exclusive), {@code minLength}/{@code
 * maxLength}, and the string formats date, date-time, time, email, uri and uuid. Not supported:
 * {@code pattern}, {@code not}, {@code if}/{@code then}/{@code else}, {@code patternProperties},
 * {@code multipleOf}, {@code uniqueItems} with {@code enum} items, and remote {@code $ref}s.
 * Recursive schemas (a local {@code $ref} back to an enclosing type, {@code #} included) end where
 * they can: past a few levels nullable branches are taken and arrays get their minimum of items.
 */
final class JsonSchemaSampler {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> WORDS =
      List.of(
          "alpha", "breeze", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "iris",
          "juniper", "kestrel", "lumen", "meadow", "nova", "orchid", "pine", "quartz", "river");

  /**
   * The depth from which a value is kept small: nullable branches are taken and arrays get their
   * minimum of items, so recursive schemas end in valid values before the hard cap of 12.
   */
  private static final int DEEP = 6;

  private final JsonNode root;
  private final long seed;

  private JsonSchemaSampler(JsonNode root, long seed) {
    this.root = root;
    this.seed = seed;
  }

  /** A value for the schema; an empty object for a missing schema. */
  static JsonNode sample(JsonNode schema, long seed) {
    if (schema == null || !schema.isObject()) {
      return NODES.objectNode();
    }
    return new JsonSchemaSampler(schema, seed).value(schema, "value", 0);
  }

  private JsonNode value(JsonNode schema, String name, int depth) {
    if (schema == null || !schema.isObject() || depth > 12) {
      return NODES.stringNode(word(name));
    }
    if (schema.has("$ref")) {
      return value(resolve(schema.get("$ref").asString()), name, depth + 1);
    }
    if (schema.has("const")) {
      return schema.get("const");
    }
    if (schema.has("enum") && schema.get("enum").isArray() && !schema.get("enum").isEmpty()) {
      JsonNode options = schema.get("enum");
      return options.get(Hashing.pick(seed ^ Hashing.fnv(name), options.size()));
    }
    for (String union : List.of("anyOf", "oneOf")) {
      JsonNode branches = schema.get(union);
      if (branches != null && branches.isArray() && !branches.isEmpty()) {
        JsonNode chosen = branches.get(0);
        // Deep in a value, a nullable branch ends a recursive type (an optional parent, say).
        boolean preferNull = depth >= DEEP;
        for (JsonNode branch : branches) {
          if ("null".equals(Json.text(branch, "type")) == preferNull) {
            chosen = branch;
            break;
          }
        }
        return value(chosen, name, depth + 1);
      }
    }
    if (schema.has("allOf") && schema.get("allOf").isArray()) {
      ObjectNode merged = NODES.objectNode();
      for (JsonNode part : schema.get("allOf")) {
        JsonNode partValue = value(part, name, depth + 1);
        if (partValue.isObject()) {
          merged.setAll((ObjectNode) partValue);
        } else {
          return partValue;
        }
      }
      return merged;
    }
    String type = type(schema);
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" -> array(schema, name, depth);
      case "integer" -> NODES.numberNode(integer(schema, name));
      case "number" -> NODES.numberNode(number(schema, name));
      case "boolean" -> NODES.booleanNode((Hashing.mix(seed ^ Hashing.fnv(name)) & 1) == 0);
      case "null" -> NODES.nullNode();
      default -> NODES.stringNode(string(schema, name));
    };
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type != null && type.isString()) {
      return type.stringValue();
    }
    if (type != null && type.isArray()) {
      for (JsonNode option : type) {
        if (option.isString() && !"null".equals(option.stringValue())) {
          return option.stringValue();
        }
      }
      return "null";
    }
    if (schema.has("properties")) {
      return "object";
    }
    if (schema.has("items")) {
      return "array";
    }
    return "string";
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
      }
    }
    return object;
  }

  private JsonNode array(JsonNode schema, String name, int depth) {
    ArrayNode array = NODES.arrayNode();
    int min = Json.integer(schema, "minItems") == null ? 1 : Json.integer(schema, "minItems");
    Integer max = Json.integer(schema, "maxItems");
    // Deep in a value, arrays hold only what they must, which ends recursive types (a tree's
    // children) instead of growing them twofold per level.
    int count =
        depth >= DEEP
            ? Math.max(Json.integer(schema, "minItems") == null ? 0 : min, 0)
            : Math.max(min, 2);
    if (max != null) {
      count = Math.min(count, max);
    }
    JsonNode items = schema.get("items");
    for (int i = 0; i < count; i++) {
      array.add(value(items, name + "[" + i + "]", depth + 1));
    }
    return array;
  }

  private long integer(JsonNode schema, String name) {
    double min = bound(schema, "minimum", "exclusiveMinimum", 1, true);
    double max = bound(schema, "maximum", "exclusiveMaximum", Math.max(min, 0) + 100, false);
    long low = (long) Math.ceil(min);
    long high = (long) Math.floor(max);
    if (high < low) {
      return low;
    }
    long span = Math.min(high - low, 1_000_000L) + 1;
    return low + Math.floorMod(Hashing.mix(seed ^ Hashing.fnv(name)), span);
  }

  private double number(JsonNode schema, String name) {
    double min = bound(schema, "minimum", "exclusiveMinimum", 0, true);
    double max = bound(schema, "maximum", "exclusiveMaximum", Math.max(min, 0) + 100, false);
    double value = min + (max - min) * Hashing.unit(seed ^ Hashing.fnv(name));
    return Math.round(value * 100) / 100.0 >= min && Math.round(value * 100) / 100.0 <= max
        ? Math.round(value * 100) / 100.0
        : value;
  }

  private static double bound(
      JsonNode schema, String inclusive, String exclusive, double fallback, boolean lower) {
    JsonNode value = schema.get(inclusive);
    if (value != null && value.isNumber()) {
      return value.doubleValue();
    }
    value = schema.get(exclusive);
    if (value != null && value.isNumber()) {
      double step = Math.max(Math.ulp(value.doubleValue()), 1e-6);
      return lower ? value.doubleValue() + step : value.doubleValue() - step;
    }
    return fallback;
  }

  private String string(JsonNode schema, String name) {
    String format = Json.text(schema, "format", "");
    String text =
        switch (format) {
          case "date" -> "2025-06-15";
          case "date-time" -> "2025-06-15T09:30:00Z";
          case "time" -> "09:30:00";
          case "email" -> word(name) + "@example.com";
          case "uri", "url" -> "https://example.com/" + word(name);
          case "uuid" -> "6f1c2b9e-0d4a-4c3e-9a57-2f4b8e1d7c60";
          default -> word(name);
        };
    Integer minLength = Json.integer(schema, "minLength");
    Integer maxLength = Json.integer(schema, "maxLength");
    StringBuilder padded = new StringBuilder(text);
    while (minLength != null && padded.length() < minLength) {
      padded.append(' ').append(word(name + padded.length()));
    }
    String result = padded.toString();
    if (maxLength != null && result.length() > maxLength) {
      result = result.substring(0, maxLength);
    }
    return result;
  }

  private String word(String name) {
    return WORDS.get(Hashing.pick(seed ^ Hashing.fnv(name), WORDS.size()));
  }

  private JsonNode resolve(String ref) {
    if (ref == null || !ref.startsWith("#")) {
      return null;
    }
    JsonNode node = root;
    List<String> parts = new ArrayList<>(List.of(ref.substring(1).split("/")));
    for (String part : parts) {
      if (part.isEmpty()) {
        continue;
      }
      node = node == null ? null : node.get(part.replace("~1", "/").replace("~0", "~"));
    }
    return node;
  }
}
