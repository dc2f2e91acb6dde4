package io.github.mistralspring.conformance;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates JSON instances against a schema of a {@link Spec} as JSON Schema 2020-12 (the dialect
 * of OpenAPI 3.1). The schema is placed in a document that embeds the spec's {@code
 * components/schemas} as {@code $defs}, with {@code #/components/schemas/X} references (in {@code
 * $ref} and in discriminator mappings) rewritten to {@code #/$defs/X}.
 */
final class SchemaValidator {

  private static final String COMPONENTS = "#/components/schemas/";
  private static final String DEFS = "#/$defs/";

  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder.schemaRegistryConfig(
                  SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

  private final Spec spec;
  private final JsonNode defs;
  private final Map<String, Schema> cache = new ConcurrentHashMap<>();

  SchemaValidator(Spec spec) {
    this.spec = spec;
    this.defs = rewrite(spec.schemas().deepCopy());
  }

  /** The problems of {@code instance} against {@code schema}, each as "pointer: message". */
  List<String> validate(JsonNode schema, JsonNode instance) {
    Schema compiled = cache.computeIfAbsent(schema.toString(), key -> compile(schema));
    List<Error> errors = compiled.validate(instance);
    return errors.stream()
        .map(e -> pointer(e) + " " + e.getKeyword() + ": " + e.getMessage())
        .distinct()
        .toList();
  }

  private static String pointer(Error error) {
    String location = error.getInstanceLocation().toString();
    return location.isEmpty() ? "/" : location;
  }

  private Schema compile(JsonNode schema) {
    ObjectNode document = JsonNodeFactory.instance.objectNode();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    JsonNode target = rewrite(schema.deepCopy());
    if (target.isObject()) {
      document.setAll((ObjectNode) target);
    }
    document.set("$defs", defs);
    return registry.getSchema(document);
  }

  /** Rewrites component references to {@code $defs} references, in place. */
  private static JsonNode rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        JsonNode value = entry.getValue();
        if (value.isString() && value.asString().startsWith(COMPONENTS)) {
          object.put(entry.getKey(), DEFS + value.asString().substring(COMPONENTS.length()));
        } else {
          rewrite(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(SchemaValidator::rewrite);
    }
    return node;
  }

  Spec spec() {
    return spec;
  }
}
