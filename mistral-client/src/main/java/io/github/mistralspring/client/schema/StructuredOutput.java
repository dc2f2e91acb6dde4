package io.github.mistralspring.client.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonSchema;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.ResponseFormatType;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * A Java type as structured output: its strict JSON schema, the {@code response_format} that asks
 * the model for it, and the reader that turns the model's answer back into the type.
 *
 * <p>The reader is stricter than the client's mapper is for API responses: an unknown property, a
 * missing one, a null for a primitive and trailing text are all mismatches, because the schema sent
 * with the request forbade them. Instances are cached per class (and per {@link TypeRef} subclass)
 * and safe to share.
 *
 * <p>A type whose JSON is not an object with properties (a {@code List<Item>}, a {@code Map<String,
 * Item>}, an enum, a scalar, or a sealed interface whose subtypes are told apart by a property) is
 * asked for wrapped in an object with the one property {@value #WRAPPER}, which strict JSON schema
 * modes require of the top level; {@link #parse} unwraps it, so the value is the type itself and
 * only the raw text shows the wrapper.
 *
 * @param <T> the type the answer is read as
 */
public final class StructuredOutput<T> {

  /** The property that holds an answer whose type is not a JSON object of its own. */
  public static final String WRAPPER = "value";

  private static final int MAX_NAME = 64;

  private static final ClassValue<StructuredOutput<?>> CACHE =
      new ClassValue<>() {
        @Override
        protected StructuredOutput<?> computeValue(Class<?> type) {
          return new StructuredOutput<>(type);
        }
      };

  private static final ClassValue<StructuredOutput<?>> REFS =
      new ClassValue<>() {
        @Override
        protected StructuredOutput<?> computeValue(Class<?> refClass) {
          return new StructuredOutput<>(TypeRef.capture(refClass));
        }
      };

  private final Type type;
  private final String name;
  private final @Nullable String description;
  private final Map<String, Object> schema;
  private final boolean wrapped;
  private final ObjectReader reader;

  private StructuredOutput(Type type) {
    Map<String, Object> generated = JsonSchemaGenerator.generate(type);
    this.type = type;
    this.wrapped = !"object".equals(generated.get("type")) || !generated.containsKey("properties");
    this.name = name(type);
    Class<?> raw = rawClass(type);
    JsonClassDescription classDescription =
        raw == null ? null : raw.getAnnotation(JsonClassDescription.class);
    this.description = classDescription == null ? null : classDescription.value();
    this.schema = SchemaMaps.immutableCopy(wrapped ? wrap(generated) : generated);
    this.reader =
        MistralJson.mapper()
            .readerFor(MistralJson.mapper().constructType(type))
            .with(
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
                DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Returns the structured output of a class: a record, a class Jackson can bind, an enum, a
   * scalar, or a sealed interface with {@code @JsonTypeInfo}.
   *
   * @param type the class the answer is read as
   * @param <T> the type the answer is read as
   * @return the cached structured output of the class
   * @throws IllegalArgumentException when the type has no JSON shape; the message names the
   *     property and type that has none
   */
  @SuppressWarnings("unchecked")
  public static <T> StructuredOutput<T> of(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return (StructuredOutput<T>) CACHE.get(type);
  }

  /**
   * Returns the structured output of a generic type, such as {@code new TypeRef<List<Item>>() {}}.
   *
   * @param type the type the answer is read as, written out in full
   * @param <T> the type the answer is read as
   * @return the structured output of the type, cached per {@code TypeRef} subclass
   * @throws IllegalArgumentException when the type has no JSON shape; the message names the
   *     property and type that has none
   */
  @SuppressWarnings("unchecked")
  public static <T> StructuredOutput<T> of(TypeRef<T> type) {
    Objects.requireNonNull(type, "type");
    if (type.type() instanceof Class<?> plain) {
      return (StructuredOutput<T>) CACHE.get(plain);
    }
    return (StructuredOutput<T>) REFS.get(type.getClass());
  }

  /**
   * The Java type.
   *
   * @return the class or generic type the answer is read as
   */
  public Type type() {
    return type;
  }

  /**
   * The schema's name as sent: the type's simple name, with its type arguments after {@code _}.
   *
   * @return a name of letters, digits, {@code _} and {@code -}, at most 64 characters
   */
  public String name() {
    return name;
  }

  /**
   * The strict JSON schema sent for the type; read-only.
   *
   * @return the schema, wrapped in an object with the property {@value #WRAPPER} when {@link
   *     #isWrapped()}
   */
  public Map<String, Object> schema() {
    return schema;
  }

  /**
   * Whether the type is asked for inside an object with the one property {@value #WRAPPER}.
   *
   * @return true when the type's own JSON is not an object with properties
   */
  public boolean isWrapped() {
    return wrapped;
  }

  /**
   * The {@code response_format} that asks for this type.
   *
   * @return a strict {@code json_schema} format with the type's name, description and schema
   */
  public ResponseFormat responseFormat() {
    return new ResponseFormat(
        ResponseFormatType.JSON_SCHEMA, new JsonSchema(name, description, schema, true));
  }

  /**
   * The {@code response_format} to send for this type in place of the one a request already sets:
   * what every {@code parse} method of the client sends.
   *
   * @param current the request's {@code response_format}; null when it sets none
   * @return this type's {@link #responseFormat()}
   * @throws IllegalArgumentException when the request sets a different format, which sending this
   *     type's schema would silently replace; the message names the type and the fix
   */
  public ResponseFormat requireCompatible(@Nullable ResponseFormat current) {
    ResponseFormat format = responseFormat();
    if (current != null && !current.equals(format)) {
      throw new IllegalArgumentException(
          "parse(request, "
              + name
              + ") sets response_format to the type's JSON schema, but the request already"
              + " sets one ("
              + current.type()
              + "): build the request without responseFormat(...)");
    }
    return format;
  }

  /**
   * Reads the model's answer as the type (unwrapping it when {@link #isWrapped()}).
   *
   * @param text the answer's text as the model wrote it; absent when it wrote none
   * @return the answer read as the type
   * @throws StructuredOutputException when the text is absent, not JSON, or JSON of another shape;
   *     it carries the raw text
   */
  public T parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      throw new StructuredOutputException(
          "The model's answer has no text to read as " + simpleName(),
          type.getTypeName(),
          text,
          null);
    }
    try {
      if (!wrapped) {
        return reader.readValue(text);
      }
      JsonNode tree = reader.readTree(text);
      if (!tree.isObject() || tree.size() != 1 || !tree.has(WRAPPER)) {
        throw new StructuredOutputException(
            "The model's answer does not match "
                + simpleName()
                + ": it must be an object with the one property '"
                + WRAPPER
                + "' holding the value",
            type.getTypeName(),
            text,
            null);
      }
      return reader.readValue(tree.get(WRAPPER));
    } catch (JacksonException e) {
      throw new StructuredOutputException(
          "The model's answer does not match " + simpleName() + ": " + e.getOriginalMessage(),
          type.getTypeName(),
          text,
          e);
    }
  }

  @Override
  public String toString() {
    return "StructuredOutput[" + type.getTypeName() + "]";
  }

  private String simpleName() {
    return simpleName(type);
  }

  private static Map<String, Object> wrap(Map<String, Object> generated) {
    Map<String, Object> value = new LinkedHashMap<>(generated);
    Object defs = value.remove("$defs");
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(WRAPPER, value);
    Map<String, Object> wrapper = new LinkedHashMap<>();
    wrapper.put("type", "object");
    wrapper.put("properties", properties);
    wrapper.put("required", new ArrayList<>(List.of(WRAPPER)));
    wrapper.put("additionalProperties", false);
    if (defs != null) {
      wrapper.put("$defs", defs);
    }
    return wrapper;
  }

  private static String name(Type type) {
    String name = simpleName(type).replace('<', '_').replaceAll("[^A-Za-z0-9_-]", "");
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }

  /** The type's simple name with its arguments after {@code _}: {@code Map_String_Item}. */
  private static String simpleName(Type type) {
    if (type instanceof Class<?> c) {
      return c.getSimpleName().replace("[]", "Array");
    }
    if (type instanceof ParameterizedType parameterized) {
      StringBuilder builder = new StringBuilder(simpleName(parameterized.getRawType()));
      for (Type argument : parameterized.getActualTypeArguments()) {
        builder.append('_').append(simpleName(argument));
      }
      return builder.toString();
    }
    if (type instanceof GenericArrayType array) {
      return simpleName(array.getGenericComponentType()) + "Array";
    }
    return "Value";
  }

  private static @Nullable Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
