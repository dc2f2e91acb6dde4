package io.github.mistralspring.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates JSON instances from a schema of a {@link Spec}.
 *
 * <p>{@code requiredOnly} fills only required properties; otherwise every property is filled.
 * {@code variant} picks the branch of each {@code oneOf}/{@code anyOf} (branch {@code variant % n},
 * never the {@code null} branch) and the value of each {@code enum}; an array whose items are a
 * union gets one element per branch. {@link #branches()} tells the largest union seen, so that
 * variants {@code 0 .. branches()-1} together reach every branch.
 */
final class InstanceGenerator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 9;

  private final Spec spec;
  private final boolean requiredOnly;
  private final int variant;
  private int branches = 1;

  InstanceGenerator(Spec spec, boolean requiredOnly, int variant) {
    this.spec = spec;
    this.requiredOnly = requiredOnly;
    this.variant = variant;
  }

  /** The largest number of branches of a union (or values of an enum) met so far. */
  int branches() {
    return branches;
  }

  JsonNode generate(JsonNode schema) {
    return generate(schema, 0, -1);
  }

  /**
   * @param forcedBranch the branch to take at this schema's own top union, or -1 for the variant's
   */
  private JsonNode generate(JsonNode schema, int depth, int forcedBranch) {
    if (schema == null || schema.isBoolean() || schema.isEmpty()) {
      return NODES.stringNode("any");
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      return generate(spec.pointer(ref), depth + 1, forcedBranch);
    }
    if (schema.has("const")) {
      return schema.get("const").deepCopy();
    }
    if (schema.has("enum")) {
      List<JsonNode> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v));
      values.removeIf(JsonNode::isNull);
      branches = Math.max(branches, values.size());
      return values.isEmpty()
          ? NODES.nullNode()
          : values.get(pick(values.size(), forcedBranch)).deepCopy();
    }
    String unionKeyword = schema.has("oneOf") ? "oneOf" : schema.has("anyOf") ? "anyOf" : null;
    if (unionKeyword != null) {
      List<JsonNode> options = new ArrayList<>();
      for (JsonNode option : schema.get(unionKeyword)) {
        if (!"null".equals(option.path("type").asString(""))) {
          options.add(option);
        }
      }
      if (options.isEmpty()) {
        return NODES.nullNode();
      }
      branches = Math.max(branches, options.size());
      JsonNode option = options.get(pick(options.size(), forcedBranch));
      JsonNode value = generate(option, depth + 1, -1);
      applyDiscriminator(schema, option, value);
      return value;
    }
    if (schema.has("allOf") && schema.get("allOf").size() == 1 && !isObject(schema)) {
      // A lone allOf part that is not an object (the live upload's visibility: an enum of strings
      // wrapped to carry a default): the value is that part's.
      return generate(schema.get("allOf").get(0), depth + 1, forcedBranch);
    }
    if (schema.has("allOf")) {
      return object(merge(schema), depth);
    }
    String type = type(schema);
    switch (type) {
      case "object":
        return object(schema, depth);
      case "array":
        return array(schema, depth);
      case "string":
        return string(schema);
      case "integer":
        return integer(schema);
      case "number":
        return number(schema);
      case "boolean":
        return NODES.booleanNode(true);
      case "null":
        return NODES.nullNode();
      default:
        return NODES.stringNode("any");
    }
  }

  private int pick(int size, int forcedBranch) {
    return (forcedBranch >= 0 ? forcedBranch : variant) % size;
  }

  /**
   * Sets the discriminator property to the mapping key of the branch taken, if it lacks one. A
   * union without a discriminator whose branch has a single-valued {@code type} (the beta
   * conversation entries and content chunks: {@code anyOf} lists whose members each declare {@code
   * type} with one value and that value as default) gets that tag: the API always writes it (its
   * models serialise defaults), and it is what tells the branches apart, as a discriminator would.
   */
  private void applyDiscriminator(JsonNode union, JsonNode option, JsonNode value) {
    JsonNode discriminator = union.get("discriminator");
    if (discriminator == null && value instanceof ObjectNode object && !object.has("type")) {
      JsonNode tag = singleValue(spec.resolve(option).path("properties").path("type"));
      if (tag != null) {
        object.set("type", tag.deepCopy());
      }
      return;
    }
    if (discriminator == null || !value.isObject() || !option.has("$ref")) {
      return;
    }
    String property = discriminator.path("propertyName").asString();
    String ref = option.get("$ref").asString();
    for (Map.Entry<String, JsonNode> entry : discriminator.path("mapping").properties()) {
      if (entry.getValue().asString().equals(ref)) {
        ((ObjectNode) value).put(property, entry.getKey());
        return;
      }
    }
  }

  /** The one value a property schema allows ({@code const}, or an {@code enum} of one), or null. */
  private static JsonNode singleValue(JsonNode property) {
    if (property.has("const")) {
      return property.get("const");
    }
    JsonNode values = property.path("enum");
    return values.isArray() && values.size() == 1 ? values.get(0) : null;
  }

  /** A key for a map: the first value of its {@code propertyNames} schema, else {@code key}. */
  private String mapKey(JsonNode schema, int depth) {
    JsonNode names = schema.get("propertyNames");
    if (names == null) {
      return "key";
    }
    JsonNode key = generate(names, depth + 1, 0);
    return key.isString() ? key.asString() : "key";
  }

  /** One object schema with the properties and required names of every {@code allOf} part. */
  private JsonNode merge(JsonNode schema) {
    ObjectNode merged = NODES.objectNode();
    ObjectNode properties = merged.putObject("properties");
    ArrayNode required = merged.putArray("required");
    List<JsonNode> parts = new ArrayList<>();
    parts.add(schema);
    schema.get("allOf").forEach(part -> parts.add(spec.resolve(part)));
    for (JsonNode part : parts) {
      JsonNode resolved = part.has("allOf") && part != schema ? merge(part) : part;
      if (resolved.has("properties")) {
        properties.setAll((ObjectNode) resolved.get("properties"));
      }
      resolved.path("required").forEach(required::add);
    }
    return merged;
  }

  /** Whether an {@code allOf} schema or its part describes an object. */
  private boolean isObject(JsonNode schema) {
    if (schema.has("properties") || "object".equals(schema.path("type").asString(""))) {
      return true;
    }
    JsonNode part = spec.resolve(schema.get("allOf").get(0));
    return part.has("properties")
        || part.has("allOf")
        || "object".equals(part.path("type").asString(""));
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      if (schema.has("properties") || schema.has("additionalProperties")) {
        return "object";
      }
      return schema.has("items") ? "array" : "any";
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!"null".equals(t.asString())) {
          return t.asString();
        }
      }
      return "null";
    }
    return type.asString();
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode result = NODES.objectNode();
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asString()));
    JsonNode properties = schema.get("properties");
    boolean deep = depth > MAX_DEPTH;
    if (properties != null) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        String name = property.getKey();
        if (required.contains(name) || (!requiredOnly && !deep)) {
          JsonNode value = generate(property.getValue(), depth + 1, -1);
          if (!value.isNull() || required.contains(name)) {
            result.set(name, value);
          }
        }
      }
    } else if (!requiredOnly && !deep) {
      JsonNode additional = schema.get("additionalProperties");
      if (additional != null && additional.isObject() && !additional.isEmpty()) {
        result.set(mapKey(schema, depth), generate(additional, depth + 1, -1));
      } else if (additional == null || !additional.isBoolean() || additional.asBoolean()) {
        result.put(mapKey(schema, depth), "value");
      }
    }
    return result;
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode result = NODES.arrayNode();
    JsonNode items = schema.get("items");
    int min = schema.path("minItems").asInt(0);
    int max = schema.has("maxItems") ? schema.get("maxItems").asInt() : Integer.MAX_VALUE;
    if (items == null) {
      result.add("any");
      return result;
    }
    JsonNode resolved = spec.resolve(items);
    boolean union = resolved.has("oneOf") || resolved.has("anyOf");
    if (union && !requiredOnly && depth <= MAX_DEPTH) {
      int count = (int) countOptions(resolved);
      for (int b = 0; b < count && result.size() < max; b++) {
        result.add(generate(items, depth + 1, variant + b));
      }
    } else if (!requiredOnly || min > 0 || depth <= MAX_DEPTH) {
      result.add(generate(items, depth + 1, -1));
    }
    while (result.size() < min) {
      result.add(generate(items, depth + 1, -1));
    }
    return result;
  }

  private static long countOptions(JsonNode union) {
    JsonNode options = union.has("oneOf") ? union.get("oneOf") : union.get("anyOf");
    long count = 0;
    for (JsonNode option : options) {
      if (!"null".equals(option.path("type").asString(""))) {
        count++;
      }
    }
    return Math.max(1, count);
  }

  private static JsonNode string(JsonNode schema) {
    String format = schema.path("format").asString("");
    String value =
        switch (format) {
          case "date-time" -> "2025-06-02T10:15:30Z";
          case "date" -> "2025-06-02";
          case "uuid" -> "123e4567-e89b-12d3-a456-426614174000";
          case "uri", "url" -> "https://example.com/resource";
          case "binary", "base64" -> "aGVsbG8=";
          case "duration" -> "PT1S";
          default -> "text";
        };
    if (schema.has("pattern")) {
      value = matching(schema.get("pattern").asString(), value);
    }
    int min = schema.path("minLength").asInt(0);
    StringBuilder builder = new StringBuilder(value);
    while (builder.length() < min) {
      builder.append('x');
    }
    if (schema.has("maxLength") && builder.length() > schema.get("maxLength").asInt()) {
      builder.setLength(Math.max(min, schema.get("maxLength").asInt()));
    }
    return NODES.stringNode(builder.toString());
  }

  /**
   * A value that a {@code pattern} accepts: the usual one if it does, else the first of a few
   * common shapes that does (a two-letter language code, a word); the usual one when none does, so
   * that the validator reports the pattern.
   */
  private static String matching(String pattern, String usual) {
    Pattern regex = Pattern.compile(pattern);
    for (String candidate : List.of(usual, "en", "text", "x", "1")) {
      if (regex.matcher(candidate).find()) {
        return candidate;
      }
    }
    return usual;
  }

  private static JsonNode integer(JsonNode schema) {
    long value = 3;
    if (schema.has("minimum")) {
      value = Math.max(schema.get("minimum").asLong(), 1);
    }
    if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
      value = Math.max(value, schema.get("exclusiveMinimum").asLong() + 1);
    }
    if (schema.has("maximum")) {
      value = Math.min(value, schema.get("maximum").asLong());
    }
    return NODES.numberNode(value);
  }

  private static JsonNode number(JsonNode schema) {
    BigDecimal value = new BigDecimal("0.5");
    BigDecimal min = schema.has("minimum") ? schema.get("minimum").decimalValue() : null;
    BigDecimal max = schema.has("maximum") ? schema.get("maximum").decimalValue() : null;
    if (min != null && max != null) {
      value = min.add(max).divide(BigDecimal.valueOf(2));
    } else if (min != null) {
      value = min.add(new BigDecimal("0.5"));
    } else if (max != null) {
      value = max.subtract(new BigDecimal("0.5"));
    }
    if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()) {
      BigDecimal exclusive = schema.get("exclusiveMinimum").decimalValue();
      if (value.compareTo(exclusive) <= 0) {
        value = exclusive.add(new BigDecimal("0.5"));
      }
    }
    return NODES.numberNode(value.doubleValue());
  }
}
