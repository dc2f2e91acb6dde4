package io.github.mistralspring.conformance;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Compares a JSON tree the client read with the tree it writes back: values that changed, fields
 * that were dropped (the model does not know them), and fields the client added.
 */
final class TreeDiff {

  final List<String> changed = new ArrayList<>();
  final List<String> dropped = new ArrayList<>();
  final List<String> added = new ArrayList<>();

  static TreeDiff of(JsonNode expected, JsonNode actual) {
    TreeDiff diff = new TreeDiff();
    diff.compare(expected, actual, "");
    return diff;
  }

  private void compare(JsonNode expected, JsonNode actual, String pointer) {
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        String child = pointer + "/" + escape(field.getKey());
        JsonNode other = actual.get(field.getKey());
        if (field.getValue().isNull()) {
          continue; // the client omits nulls on write, which means the same to the API
        }
        if (other == null) {
          dropped.add(child);
        } else {
          compare(field.getValue(), other, child);
        }
      }
      for (Map.Entry<String, JsonNode> field : actual.properties()) {
        if (!expected.has(field.getKey()) && !field.getValue().isNull()) {
          added.add(pointer + "/" + escape(field.getKey()));
        }
      }
    } else if (expected.isArray() && actual.isArray()) {
      if (expected.size() != actual.size()) {
        changed.add(pointer + " has " + actual.size() + " elements instead of " + expected.size());
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), actual.get(i), pointer + "/" + i);
      }
    } else if (!same(expected, actual)) {
      changed.add(pointer + " is " + abbreviate(actual) + " instead of " + abbreviate(expected));
    }
  }

  private static boolean same(JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (expected.isString() && actual.isString() && !expected.equals(actual)) {
      try {
        return OffsetDateTime.parse(expected.asString())
            .toInstant()
            .equals(OffsetDateTime.parse(actual.asString()).toInstant());
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return expected.equals(actual);
  }

  private static String abbreviate(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
