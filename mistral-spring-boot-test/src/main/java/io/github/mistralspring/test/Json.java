package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON trees for the simulator: it writes the API's field names, never the client's records. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return MAPPER.readTree(body);
    } catch (JacksonException notJson) {
      return null;
    }
  }

  static JsonNode parse(String body) {
    return parse(body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** The string at {@code field}, or null when it is absent or not a string. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.get(field);
    return value != null && value.isString() ? value.stringValue() : null;
  }

  static String text(JsonNode node, String field, String fallback) {
    String value = text(node, field);
    return value == null ? fallback : value;
  }

  static boolean bool(JsonNode node, String field, boolean fallback) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? value.booleanValue() : fallback;
  }

  static Integer integer(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isNumber() ? value.intValue() : null;
  }

  static List<String> stringList(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node != null && node.isArray()) {
      node.forEach(item -> values.add(item.isString() ? item.stringValue() : item.toString()));
    } else if (node != null && node.isString()) {
      values.add(node.stringValue());
    }
    return values;
  }

  /** The text of a message's content: a string, or the text of its text (and thinking) chunks. */
  static String contentText(JsonNode content) {
    if (content == null || content.isNull()) {
      return "";
    }
    if (content.isString()) {
      return content.stringValue();
    }
    StringBuilder text = new StringBuilder();
    if (content.isArray()) {
      for (JsonNode chunk : content) {
        String type = text(chunk, "type", "text");
        if ("text".equals(type) && chunk.has("text")) {
          text.append(text(chunk, "text", ""));
        } else if ("document_url".equals(type) || "image_url".equals(type)) {
          text.append(' ');
        }
      }
    }
    return text.toString();
  }
}
