package io.github.mistralspring.client.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonSchema;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.ResponseFormatType;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;

/**
 * A Java type as structured output: its strict JSON schema, the {@code response_format} that asks
 * the model for it, and the reader that turns the model's answer back into the type.
 *
 * <p>The reader is stricter than the client's mapper is for API responses: an unknown property, a
 * missing one, a null for a primitive and trailing text are all mismatches, because the schema sent
 * with the request forbade them. Instances are cached per class and safe to share.
 *
 * @param <T> the type the answer is read as
 */
public final class StructuredOutput<T> {

  private static final ClassValue<StructuredOutput<?>> CACHE =
      new ClassValue<>() {
        @Override
        protected StructuredOutput<?> computeValue(Class<?> type) {
          return new StructuredOutput<>(type);
        }
      };

  private final Class<T> type;
  private final String name;
  private final String description;
  private final Map<String, Object> schema;
  private final ObjectReader reader;

  private StructuredOutput(Class<T> type) {
    Map<String, Object> generated = JsonSchemaGenerator.generate(type);
    if (!"object".equals(generated.get("type"))) {
      throw new IllegalArgumentException(
          "Structured output must be a JSON object, and "
              + type.getTypeName()
              + " is not one: wrap it in a record (record Answer(List<Item> items) {})");
    }
    this.type = type;
    this.name = type.getSimpleName().replaceAll("[^A-Za-z0-9_-]", "_");
    JsonClassDescription classDescription = type.getAnnotation(JsonClassDescription.class);
    this.description = classDescription == null ? null : classDescription.value();
    this.schema = SchemaMaps.immutableCopy(generated);
    this.reader =
        MistralJson.mapper()
            .readerFor(type)
            .with(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Returns the structured output of a class (a record, or a class Jackson can bind).
   *
   * @throws IllegalArgumentException when the type has no JSON object shape; the message names the
   *     property and type that has none
   */
  @SuppressWarnings("unchecked")
  public static <T> StructuredOutput<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return (StructuredOutput<T>) CACHE.get(type);
  }

  /** The Java type. */
  public Class<T> type() {
    return type;
  }

  /** The schema's name as sent: the type's simple name. */
  public String name() {
    return name;
  }

  /** The strict JSON schema of the type; read-only. */
  public Map<String, Object> schema() {
    return schema;
  }

  /** The {@code response_format} that asks for this type: {@code json_schema}, strict. */
  public ResponseFormat responseFormat() {
    return new ResponseFormat(
        ResponseFormatType.JSON_SCHEMA, new JsonSchema(name, description, schema, true));
  }

  /**
   * Reads the model's answer as the type.
   *
   * @throws StructuredOutputException when the text is absent, not JSON, or JSON of another shape;
   *     it carries the raw text
   */
  public T parse(String text) {
    if (text == null || text.isBlank()) {
      throw new StructuredOutputException(
          "The model's answer has no text to read as " + type.getSimpleName(),
          type.getTypeName(),
          text,
          null);
    }
    try {
      return reader.readValue(text);
    } catch (JacksonException e) {
      throw new StructuredOutputException(
          "The model's answer does not match "
              + type.getSimpleName()
              + ": "
              + e.getOriginalMessage(),
          type.getTypeName(),
          text,
          e);
    }
  }

  @Override
  public String toString() {
    return "StructuredOutput[" + type.getTypeName() + "]";
  }
}
