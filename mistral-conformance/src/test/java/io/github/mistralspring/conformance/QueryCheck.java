package io.github.mistralspring.conformance;

import io.github.mistralspring.client.json.MistralJson;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the query string of a captured request against the query parameters an operation declares,
 * each serialised as its declaration says: the form style with explode (OpenAPI's default for query
 * parameters) writes an array as one {@code name=item} pair per item, a scalar once, and an object
 * as one {@code key=value} pair per entry, without its own name (batch {@code metadata}); a
 * parameter declared with {@code content: application/json} is JSON text under its name. A value
 * sent for a given parameter must be the given one: an array the same items in order, a date-time
 * the same instant, an object the same entries.
 */
final class QueryCheck {

  private static final JsonMapper JSON = MistralJson.mapper();

  private final Spec spec;
  private final SchemaValidator validator;

  QueryCheck(Spec spec, SchemaValidator validator) {
    this.spec = spec;
    this.validator = validator;
  }

  /**
   * The problems of a raw (percent-encoded) query string, each starting with the parameter it is
   * about.
   *
   * @param declared the operation's parameters
   * @param given the value the binding was given for each parameter, as text (JSON text for an
   *     array or an object)
   */
  List<String> problems(List<Spec.Parameter> declared, String query, Map<String, String> given) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    if (!query.isEmpty()) {
      for (String pair : query.split("&")) {
        String name = decode(pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair);
        String value = pair.contains("=") ? decode(pair.substring(pair.indexOf('=') + 1)) : "";
        values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    }
    Spec.Parameter exploded =
        declared.stream()
            .filter(p -> p.in().equals("query") && explodedObject(p))
            .findFirst()
            .orElse(null);
    ObjectNode entries = JsonNodeFactory.instance.objectNode();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      String name = entry.getKey();
      Spec.Parameter param =
          declared.stream()
              .filter(p -> p.in().equals("query") && p.name().equals(name))
              .findFirst()
              .orElse(null);
      if (param == null && exploded != null) {
        // A name the operation does not declare: an entry of its exploded object parameter.
        if (entry.getValue().size() > 1) {
          problems.add(
              "query parameter "
                  + exploded.name()
                  + " entry "
                  + name
                  + " is sent "
                  + entry.getValue().size()
                  + " times: "
                  + entry.getValue());
        }
        entries.put(name, entry.getValue().get(0));
        continue;
      }
      if (param == null) {
        problems.add("query parameter " + name + " is not in the spec");
        continue;
      }
      for (String problem : parameterProblems(param, entry.getValue(), given.get(name))) {
        problems.add("query parameter " + name + problem);
      }
    }
    if (exploded != null && (!entries.isEmpty() || given.get(exploded.name()) != null)) {
      for (String problem : explodedProblems(exploded, entries, given.get(exploded.name()))) {
        problems.add("query parameter " + exploded.name() + problem);
      }
    }
    return problems;
  }

  /** Whether a parameter is an object sent in the form style, exploded (no {@code content}). */
  private boolean explodedObject(Spec.Parameter param) {
    return !param.json()
        && param.style().equals("form")
        && param.explode()
        && accepts(param.schema(), "object");
  }

  private List<String> explodedProblems(Spec.Parameter param, ObjectNode entries, String given) {
    List<String> problems = new ArrayList<>();
    validator
        .validate(param.schema(), entries)
        .forEach(p -> problems.add(" entries " + entries + " " + p));
    if (given != null) {
      ObjectNode expected = JsonNodeFactory.instance.objectNode();
      for (Map.Entry<String, JsonNode> field : JSON.readTree(given).properties()) {
        JsonNode value = field.getValue();
        expected.put(field.getKey(), value.isString() ? value.asString() : value.toString());
      }
      if (!expected.equals(entries)) {
        problems.add(" entries are " + entries + " instead of " + expected);
      }
    }
    return problems;
  }

  /** The problems of one declared parameter as sent, given all its values in order. */
  private List<String> parameterProblems(Spec.Parameter param, List<String> values, String given) {
    List<String> problems = new ArrayList<>();
    JsonNode schema = param.schema();
    if (!param.json() && accepts(schema, "array")) {
      ArrayNode items = JsonNodeFactory.instance.arrayNode();
      values.forEach(items::add);
      List<String> invalid = validator.validate(schema, items);
      invalid.forEach(p -> problems.add(" " + items + " " + p));
      if (given != null && !JSON.readTree(given).equals(items)) {
        problems.add(" is " + items + " instead of " + given);
      }
      return problems;
    }
    if (values.size() > 1) {
      problems.add(" is sent " + values.size() + " times: " + values);
      return problems;
    }
    String value = values.get(0);
    if (explodedObject(param)) {
      problems.add(
          " is sent under its own name as "
              + value
              + "; the spec declares it in the form style, exploded: one query parameter per"
              + " entry");
      return problems;
    }
    if (param.json() || accepts(schema, "object")) {
      JsonNode object;
      try {
        object = JSON.readTree(value);
      } catch (RuntimeException e) {
        problems.add(" is not JSON: " + value);
        return problems;
      }
      validator.validate(schema, object).forEach(p -> problems.add(" " + value + " " + p));
      if (given != null && !JSON.readTree(given).equals(object)) {
        problems.add(" is " + value + " instead of " + given);
      }
      return problems;
    }
    validateValue(param, value).forEach(p -> problems.add(" " + value + " " + p));
    if (given != null && !sameValue(schema, value, given)) {
      problems.add(" is " + value + " instead of " + given);
    }
    return problems;
  }

  /** Whether a parameter schema, or a branch of its union, has the given type. */
  private boolean accepts(JsonNode schema, String type) {
    if (schema == null) {
      return false;
    }
    JsonNode resolved = spec.resolve(schema);
    if (type.equals(resolved.path("type").asString(""))) {
      return true;
    }
    for (String union : List.of("anyOf", "oneOf")) {
      for (JsonNode branch : resolved.path(union)) {
        if (accepts(branch, type)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Equal texts, or for a date-time (which the client may write in UTC) the same instant. */
  private static boolean sameValue(JsonNode schema, String value, String given) {
    if (value.equals(given)) {
      return true;
    }
    if (schema != null && schema.toString().contains("\"date-time\"")) {
      try {
        return OffsetDateTime.parse(value).isEqual(OffsetDateTime.parse(given));
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * A query value is text on the wire; the form style writes an integer, number or boolean as its
   * JSON literal ({@code page=3}). The value is valid when its text or, if the text is such a
   * literal, that literal is valid against the parameter's schema.
   */
  private List<String> validateValue(Spec.Parameter param, String value) {
    List<String> asText =
        validator.validate(param.schema(), JsonNodeFactory.instance.stringNode(value));
    if (asText.isEmpty()) {
      return asText;
    }
    JsonNode literal;
    try {
      literal = JSON.readTree(value);
    } catch (RuntimeException notJson) {
      return asText;
    }
    if (literal == null || !(literal.isNumber() || literal.isBoolean())) {
      return asText;
    }
    List<String> asLiteral = validator.validate(param.schema(), literal);
    return asLiteral.isEmpty() ? asLiteral : asText;
  }

  /** A percent-encoded query or path text, decoded; a {@code +} stays a plus. */
  static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
