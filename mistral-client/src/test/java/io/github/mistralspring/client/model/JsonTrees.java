package io.github.mistralspring.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Compares JSON trees the way the API sees them: absent equals null, 1.0 equals 1. */
public final class JsonTrees {

  /**
   * Numbers compare by value: the recorded bodies come from Python and YAML (1.0, ints), while Java
   * writes what its boxed types hold (a Long {@code created}, a Double 1.0).
   */
  public static final Comparator<JsonNode> NUMERICALLY_EQUAL =
      (left, right) -> {
        if (left.isNumber() && right.isNumber()) {
          return left.decimalValue().compareTo(right.decimalValue());
        }
        return left.equals(right) ? 0 : 1;
      };

  private JsonTrees() {}

  /** Returns a copy without null-valued properties: the client omits nulls on write. */
  public static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    stripNulls(copy);
    return copy;
  }

  private static void stripNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.removeIf(JsonNode::isNull);
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        stripNulls(property.getValue());
      }
    } else if (node instanceof ArrayNode array) {
      for (JsonNode element : array) {
        stripNulls(element);
      }
    }
  }

  /** Writes the value with the client's mapper and returns the tree. */
  public static JsonNode written(Object value) {
    return MistralJson.mapper().readTree(MistralJson.mapper().writeValueAsString(value));
  }

  /** Asserts that the value writes to the expected tree, ignoring nulls and number forms. */
  public static void assertWritesAs(Object value, JsonNode expected) {
    JsonNode actual = written(value);
    assertThat(actual.equals(NUMERICALLY_EQUAL, withoutNulls(expected)))
        .as("written JSON%n  %s%nexpected%n  %s", actual, withoutNulls(expected))
        .isTrue();
  }

  /** Parses JSON text with the client's mapper. */
  public static JsonNode tree(String json) {
    return MistralJson.mapper().readTree(json);
  }

  /** The tree {@link #written(Object)} gives, nulls dropped and ids and timestamps removed. */
  public static JsonNode withoutIdsAndTimes(Object value) {
    JsonNode tree = withoutNulls(written(value));
    stripIdsAndTimes(tree);
    return tree;
  }

  private static void stripIdsAndTimes(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("id", "created_at", "completed_at"));
      object.properties().forEach(property -> stripIdsAndTimes(property.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(JsonTrees::stripIdsAndTimes);
    }
  }
}
