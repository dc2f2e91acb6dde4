package io.github.mistralspring.client.schema;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Generates the strict JSON schema of a Java type: the shape Mistral's {@code json_schema} mode
 * with {@code strict: true} accepts, and the shape the client's JSON mapper reads back.
 *
 * <p>The rules:
 *
 * <ul>
 *   <li>A record is an object whose properties are its components, in declaration order; any other
 *       class is an object of its fields that Jackson would bind (public, or with a getter or
 *       setter, or annotated {@code @JsonProperty}). {@code @JsonProperty("name")} renames a
 *       property and {@code @JsonIgnore} leaves it out. Every property is {@code required} and
 *       {@code additionalProperties} is {@code false}, as strict mode asks.
 *   <li>{@code Optional<T>} (and {@code OptionalInt}, …) and a component annotated with any
 *       annotation named {@code Nullable} (JSpecify's, for example) may be null: {@code anyOf} the
 *       type and {@code null}. They stay required: the model writes {@code null} for them.
 *   <li>An enum is a string with its constants' names ({@code @JsonProperty} renames a constant).
 *   <li>A {@code Collection} or an array is an {@code array} (a {@code Set} with {@code
 *       uniqueItems}); a {@code Map} with {@code String} or enum keys is an object whose {@code
 *       additionalProperties} is the value's schema.
 *   <li>Strings, numbers, booleans, {@code UUID}, {@code URI}, {@code URL} and {@code java.time}
 *       types map to the JSON types Jackson writes them as (dates as ISO-8601 strings with a {@code
 *       format}).
 *   <li>A sealed interface or abstract class annotated with {@code @JsonTypeInfo} is {@code anyOf}
 *       its concrete subtypes (those of {@code @JsonSubTypes}, else its permitted subclasses,
 *       sealed ones expanded). With {@code use = NAME} or {@code SIMPLE_NAME} and {@code include =
 *       PROPERTY}, each subtype's object starts with the type property, required, whose {@code
 *       enum} holds the names Jackson reads it by ({@code @JsonSubTypes.Type} names, else
 *       {@code @JsonTypeName}, else the class name Jackson 3 gives it); with {@code DEDUCTION} the
 *       subtypes are told apart by their properties. Other type ids (class names) and inclusions
 *       are rejected, as is a sealed type without {@code @JsonTypeInfo}.
 *   <li>Every object type but the root is written once under {@code $defs} and referred to by
 *       {@code $ref}, which also describes recursive types; the root refers to itself as {@code #}.
 *       Generic records are resolved ({@code Box<String>} becomes the definition {@code
 *       Box_String}).
 *   <li>{@code @JsonClassDescription} on a type and {@code @JsonPropertyDescription} on a component
 *       or field become {@code description}s. Jakarta Bean Validation's {@code @Size}, {@code
 *       NotEmpty}, {@code NotBlank}, {@code Min}, {@code Max}, {@code DecimalMin}, {@code
 *       DecimalMax}, {@code Positive}, {@code PositiveOrZero}, {@code Negative}, {@code
 *       NegativeOrZero}, {@code Pattern} and {@code Email} become the matching keywords when they
 *       are on the class path; they are read by name, so the client does not depend on them.
 * </ul>
 *
 * <p>A type that has no JSON shape of its own ({@code Object}, an interface or an abstract class
 * other than the collections above) is rejected with an {@link IllegalArgumentException} that names
 * the property and the type. The generated maps are new on every call and may be changed.
 */
public final class JsonSchemaGenerator {

  private static final String CONSTRAINTS = "jakarta.validation.constraints.";

  private JsonSchemaGenerator() {}

  /**
   * Returns the strict JSON schema of the given type.
   *
   * @param type a {@code Class}, or a generic type such as {@code new TypeRef<List<Item>>()
   *     {}.type()}
   * @return the schema, a new mutable map
   * @throws IllegalArgumentException when the type, or a type it holds, has no JSON shape; the
   *     message names the property and its type
   */
  public static Map<String, Object> generate(Type type) {
    Objects.requireNonNull(type, "type");
    return new Run(type).generate();
  }

  /**
   * Returns the strict JSON schema of an object whose properties are the given method's parameters
   * (named as compiled: the class must be compiled with {@code -parameters}, as Spring Boot's build
   * plugins do), for tools written as methods.
   *
   * @param method the method whose parameters are the properties
   * @return the schema of an object with one required property per parameter, a new mutable map
   * @throws IllegalArgumentException when a parameter's name was not compiled in or its type has no
   *     JSON shape
   */
  public static Map<String, Object> generateForParameters(Method method) {
    Objects.requireNonNull(method, "method");
    return new Run(method.getDeclaringClass()).generateForParameters(method);
  }

  /** One generation: the definitions found so far and the names given to them. */
  private static final class Run {

    private final Type root;
    private final Map<String, Object> defs = new LinkedHashMap<>();
    private final Map<String, String> refsByKey = new HashMap<>();
    private final Set<String> defNames = new HashSet<>();

    Run(Type root) {
      this.root = root;
    }

    Map<String, Object> generate() {
      Class<?> raw = rawClass(root);
      Map<String, Object> schema;
      if (raw != null && isObjectType(raw)) {
        Map<Type, Type> bindings = bindings(root, Map.of());
        refsByKey.put(key(root, Map.of()), "#");
        schema = objectSchema(raw, bindings, raw.getSimpleName());
      } else {
        schema = describe(root, Map.of(), "the root type");
      }
      if (!defs.isEmpty()) {
        schema.put("$defs", defs);
      }
      return schema;
    }

    Map<String, Object> generateForParameters(Method method) {
      Map<String, Object> properties = new LinkedHashMap<>();
      for (Parameter parameter : method.getParameters()) {
        if (!parameter.isNamePresent()) {
          throw new IllegalArgumentException(
              "The parameter names of "
                  + method
                  + " were not compiled in, so they cannot name the tool's arguments: compile"
                  + " with -parameters, or take a single record parameter");
        }
        String path = method.getName() + "(" + parameter.getName() + ")";
        Map<String, Object> schema =
            property(
                parameter.getParameterizedType(),
                parameter.getAnnotatedType(),
                List.of(parameter),
                Map.of(),
                path);
        properties.put(jsonName(parameter.getName(), List.of(parameter)), schema);
      }
      Map<String, Object> schema = object(properties, description(method));
      if (!defs.isEmpty()) {
        schema.put("$defs", defs);
      }
      return schema;
    }

    private Map<String, Object> describe(Type type, Map<Type, Type> bindings, String path) {
      Type resolved = resolve(type, bindings);
      Class<?> raw = rawClass(resolved);
      if (raw == null) {
        throw unsupported(path, resolved, "its class cannot be determined");
      }
      Map<String, Object> scalar = scalar(raw);
      if (scalar != null) {
        return scalar;
      }
      if (raw == Optional.class) {
        return nullable(describe(typeArgument(resolved, 0, path), bindings, path));
      }
      if (raw == OptionalInt.class || raw == OptionalLong.class) {
        return nullable(type("integer"));
      }
      if (raw == OptionalDouble.class) {
        return nullable(type("number"));
      }
      if (raw.isEnum()) {
        return enumSchema(raw);
      }
      if (raw == byte[].class) {
        // Jackson writes bytes as one base64 string.
        Map<String, Object> schema = type("string");
        schema.put("contentEncoding", "base64");
        return schema;
      }
      if (raw.isArray() || resolved instanceof GenericArrayType) {
        Type component =
            resolved instanceof GenericArrayType array
                ? array.getGenericComponentType()
                : raw.getComponentType();
        return array(describe(component, bindings, path + "[]"), false);
      }
      if (Collection.class.isAssignableFrom(raw)) {
        Type element = typeArgument(resolved, 0, path);
        return array(describe(element, bindings, path + "[]"), Set.class.isAssignableFrom(raw));
      }
      if (Map.class.isAssignableFrom(raw)) {
        Class<?> keyClass = rawClass(resolve(typeArgument(resolved, 0, path), bindings));
        if (keyClass != String.class && (keyClass == null || !keyClass.isEnum())) {
          throw unsupported(
              path, resolved, "JSON object keys are strings: use String or enum keys");
        }
        Map<String, Object> schema = type("object");
        schema.put(
            "additionalProperties", describe(typeArgument(resolved, 1, path), bindings, path));
        return schema;
      }
      if (isPolymorphic(raw)) {
        return reference(resolved, raw, bindings, path);
      }
      if (!isObjectType(raw)) {
        throw unsupported(
            path,
            resolved,
            raw.isSealed()
                ? "it is sealed but has no @JsonTypeInfo, so Jackson cannot tell its subtypes"
                    + " apart; annotate it with @JsonTypeInfo(use = JsonTypeInfo.Id.NAME,"
                    + " property = \"type\")"
                : "it has no JSON shape of its own; use a record, an enum, a collection, a map,"
                    + " a scalar type, or a sealed interface annotated with @JsonTypeInfo");
      }
      return reference(resolved, raw, bindings, path);
    }

    private Map<String, Object> reference(
        Type type, Class<?> raw, Map<Type, Type> bindings, String path) {
      String key = key(type, bindings);
      String ref = refsByKey.get(key);
      if (ref == null) {
        String name = defName(type, bindings);
        ref = "#/$defs/" + name;
        refsByKey.put(key, ref);
        // Reserved before the properties are read, so a recursive reference finds it.
        defs.put(name, Map.of());
        defs.put(
            name,
            isPolymorphic(raw)
                ? polymorphicSchema(raw, path)
                : objectSchema(raw, bindings(type, bindings), name));
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("$ref", ref);
      return schema;
    }

    /**
     * The schema of a sealed interface or abstract class with Jackson type information: {@code
     * anyOf} its concrete subtypes, each of which names itself in the type property.
     */
    private Map<String, Object> polymorphicSchema(Class<?> base, String path) {
      List<Object> branches = new ArrayList<>();
      for (Class<?> subtype : concreteSubtypes(base, path)) {
        if (subtype.getTypeParameters().length > 0) {
          throw unsupported(
              path,
              subtype,
              "it is a generic subtype of "
                  + base.getSimpleName()
                  + ", which a schema cannot bind; make the subtype a non-generic record");
        }
        branches.add(
            reference(subtype, subtype, Map.of(), path + "<" + subtype.getSimpleName() + ">"));
      }
      Map<String, Object> schema = new LinkedHashMap<>();
      JsonClassDescription description = base.getAnnotation(JsonClassDescription.class);
      if (description != null) {
        schema.put("description", description.value());
      }
      schema.put("anyOf", branches);
      return schema;
    }

    private Map<String, Object> objectSchema(Class<?> raw, Map<Type, Type> bindings, String path) {
      Map<String, Object> properties = new LinkedHashMap<>();
      Discriminator discriminator = discriminator(raw, path);
      if (discriminator != null) {
        // First, so the model writes the subtype's name before its properties.
        Map<String, Object> names = type("string");
        names.put("enum", discriminator.names());
        properties.put(discriminator.property(), names);
      }
      if (raw.isRecord()) {
        for (RecordComponent component : raw.getRecordComponents()) {
          List<AnnotatedElement> elements = new ArrayList<>();
          elements.add(component);
          elements.add(component.getAccessor());
          field(raw, component.getName()).ifPresent(elements::add);
          if (ignored(elements)) {
            continue;
          }
          String jsonName = jsonName(component.getName(), elements);
          checkNotDiscriminator(discriminator, jsonName, path + "." + component.getName());
          properties.put(
              jsonName,
              property(
                  component.getGenericType(),
                  component.getAnnotatedType(),
                  elements,
                  bindings,
                  path + "." + component.getName()));
        }
      } else {
        for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
          Map<Type, Type> classBindings = c == raw ? bindings : superBindings(raw, c, bindings);
          for (Field field : c.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers)
                || Modifier.isTransient(modifiers)
                || field.isSynthetic()
                || ignored(List.of(field))
                || !bound(c, field)) {
              continue;
            }
            String jsonName = jsonName(field.getName(), List.of(field));
            checkNotDiscriminator(discriminator, jsonName, path + "." + field.getName());
            properties.putIfAbsent(
                jsonName,
                property(
                    field.getGenericType(),
                    field.getAnnotatedType(),
                    List.of(field),
                    classBindings,
                    path + "." + field.getName()));
          }
        }
      }
      JsonClassDescription description = raw.getAnnotation(JsonClassDescription.class);
      return object(properties, description == null ? null : description.value());
    }

    private Map<String, Object> property(
        Type type,
        AnnotatedType annotatedType,
        List<? extends AnnotatedElement> elements,
        Map<Type, Type> bindings,
        String path) {
      Map<String, Object> schema = describe(type, bindings, path);
      List<Annotation> annotations = new ArrayList<>();
      for (AnnotatedElement element : elements) {
        annotations.addAll(List.of(element.getAnnotations()));
      }
      annotations.addAll(List.of(annotatedType.getAnnotations()));
      if (!schema.containsKey("$ref") && !schema.containsKey("anyOf")) {
        constrain(schema, annotations);
      }
      boolean nullable =
          annotations.stream().anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
      if (nullable && !schema.containsKey("anyOf")) {
        schema = nullable(schema);
      }
      String description = description(elements);
      if (description != null) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("description", description);
        described.putAll(schema);
        schema = described;
      }
      return schema;
    }

    private String defName(Type type, Map<Type, Type> bindings) {
      String base = simpleName(resolve(type, bindings), bindings);
      String name = base;
      for (int i = 2; !defNames.add(name); i++) {
        name = base + "_" + i;
      }
      return name;
    }

    private String simpleName(Type type, Map<Type, Type> bindings) {
      Type resolved = resolve(type, bindings);
      Class<?> raw = rawClass(resolved);
      String name = raw == null ? "Type" : raw.getSimpleName().replace("[]", "Array");
      if (resolved instanceof ParameterizedType parameterized) {
        StringBuilder builder = new StringBuilder(name);
        for (Type argument : parameterized.getActualTypeArguments()) {
          builder.append('_').append(simpleName(argument, bindings));
        }
        return builder.toString();
      }
      return name;
    }

    private String key(Type type, Map<Type, Type> bindings) {
      Type resolved = resolve(type, bindings);
      if (resolved instanceof ParameterizedType parameterized) {
        StringBuilder builder =
            new StringBuilder(((Class<?>) parameterized.getRawType()).getName()).append('<');
        for (Type argument : parameterized.getActualTypeArguments()) {
          builder.append(key(argument, bindings)).append(',');
        }
        return builder.append('>').toString();
      }
      return resolved.getTypeName();
    }
  }

  private static Map<String, Object> object(
      Map<String, Object> properties, @Nullable String description) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    if (description != null) {
      schema.put("description", description);
    }
    schema.put("properties", properties);
    schema.put("required", new ArrayList<>(properties.keySet()));
    schema.put("additionalProperties", false);
    return schema;
  }

  private static @Nullable Map<String, Object> scalar(Class<?> raw) {
    if (raw == String.class
        || raw == char.class
        || raw == Character.class
        || raw == CharSequence.class) {
      return type("string");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return type("boolean");
    }
    if (raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class
        || raw == byte.class
        || raw == Byte.class
        || raw == BigInteger.class) {
      return type("integer");
    }
    if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class
        || raw == BigDecimal.class) {
      return type("number");
    }
    String format = null;
    if (raw == UUID.class) {
      format = "uuid";
    } else if (raw == URI.class || raw == URL.class) {
      format = "uri";
    } else if (raw == LocalDate.class) {
      format = "date";
    } else if (raw == LocalTime.class) {
      format = "time";
    } else if (raw == Instant.class
        || raw == OffsetDateTime.class
        || raw == ZonedDateTime.class
        || raw == LocalDateTime.class) {
      // Jackson 3 writes these as ISO-8601 text; a local date-time has no offset, which the
      // format allows readers to ignore.
      format = "date-time";
    } else if (raw == Duration.class) {
      format = "duration";
    }
    if (format == null) {
      return null;
    }
    Map<String, Object> schema = type("string");
    schema.put("format", format);
    return schema;
  }

  private static Map<String, Object> enumSchema(Class<?> raw) {
    List<String> values = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      JsonProperty property = enumField(raw, name).getAnnotation(JsonProperty.class);
      values.add(property == null || property.value().isEmpty() ? name : property.value());
    }
    Map<String, Object> schema = type("string");
    schema.put("enum", values);
    JsonClassDescription description = raw.getAnnotation(JsonClassDescription.class);
    if (description != null) {
      schema.put("description", description.value());
    }
    return schema;
  }

  private static Field enumField(Class<?> raw, String name) {
    try {
      return raw.getField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Enum constant " + name + " has no field in " + raw, e);
    }
  }

  private static Map<String, Object> array(Map<String, Object> items, boolean unique) {
    Map<String, Object> schema = type("array");
    schema.put("items", items);
    if (unique) {
      schema.put("uniqueItems", true);
    }
    return schema;
  }

  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("anyOf", new ArrayList<>(List.of(schema, type("null"))));
    return result;
  }

  private static Map<String, Object> type(String type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    return schema;
  }

  private static boolean isObjectType(Class<?> raw) {
    if (raw.isRecord()) {
      return true;
    }
    return !raw.isInterface()
        && !raw.isPrimitive()
        && !raw.isArray()
        && !raw.isEnum()
        && !Modifier.isAbstract(raw.getModifiers())
        && raw != Object.class
        && !raw.getName().startsWith("java.")
        && scalar(raw) == null;
  }

  /** Whether the type is read as one of several subtypes, as Jackson's type information says. */
  private static boolean isPolymorphic(Class<?> raw) {
    return (raw.isInterface() || Modifier.isAbstract(raw.getModifiers()))
        && !raw.isArray()
        && !raw.isPrimitive()
        && !raw.getName().startsWith("java.")
        && raw.isAnnotationPresent(JsonTypeInfo.class)
        && raw.getAnnotation(JsonTypeInfo.class).use() != JsonTypeInfo.Id.NONE;
  }

  /** The concrete subtypes of a polymorphic type, from its {@code @JsonSubTypes} or permits. */
  private static Set<Class<?>> concreteSubtypes(Class<?> base, String path) {
    Set<Class<?>> found = new LinkedHashSet<>();
    collectSubtypes(base, base, path, found, new HashSet<>());
    if (found.isEmpty()) {
      throw unsupported(path, base, "it has no concrete subtype; add a record that implements it");
    }
    return found;
  }

  private static void collectSubtypes(
      Class<?> base, Class<?> type, String path, Set<Class<?>> found, Set<Class<?>> seen) {
    if (!seen.add(type)) {
      return;
    }
    boolean isAbstract = type.isInterface() || Modifier.isAbstract(type.getModifiers());
    if (!isAbstract) {
      found.add(type);
    }
    JsonSubTypes listed = type.getAnnotation(JsonSubTypes.class);
    List<Class<?>> subtypes = new ArrayList<>();
    if (listed != null) {
      for (JsonSubTypes.Type subtype : listed.value()) {
        subtypes.add(subtype.value());
      }
    } else if (type.isSealed()) {
      subtypes.addAll(List.of(type.getPermittedSubclasses()));
    } else if (isAbstract) {
      throw unsupported(
          path,
          type,
          "it is neither sealed nor annotated with @JsonSubTypes, so its subtypes cannot be"
              + " found; seal it (sealed interface "
              + type.getSimpleName()
              + " permits …) or list them with @JsonSubTypes");
    }
    for (Class<?> subtype : subtypes) {
      if (subtype != type && type.isAssignableFrom(subtype)) {
        collectSubtypes(base, subtype, path, found, seen);
      }
    }
  }

  /** The type property a concrete type writes, with the names it may have; null for none. */
  private static @Nullable Discriminator discriminator(Class<?> raw, String path) {
    Class<?> base = typeInfoOwner(raw);
    if (base == null) {
      return null;
    }
    JsonTypeInfo info = base.getAnnotation(JsonTypeInfo.class);
    if (info.use() == JsonTypeInfo.Id.DEDUCTION || info.use() == JsonTypeInfo.Id.NONE) {
      return null;
    }
    if (info.use() != JsonTypeInfo.Id.NAME && info.use() != JsonTypeInfo.Id.SIMPLE_NAME) {
      throw unsupported(
          path,
          base,
          "its @JsonTypeInfo uses "
              + info.use()
              + ", which names Java classes the model cannot know; use JsonTypeInfo.Id.NAME"
              + " (or DEDUCTION)");
    }
    if (info.include() != JsonTypeInfo.As.PROPERTY) {
      throw unsupported(
          path,
          base,
          "its @JsonTypeInfo includes the type id as "
              + info.include()
              + "; use include = JsonTypeInfo.As.PROPERTY (the default)");
    }
    String property =
        info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
    return new Discriminator(property, typeNames(raw, info.use()));
  }

  /** The nearest type, the class itself included, that declares {@code @JsonTypeInfo}. */
  private static @Nullable Class<?> typeInfoOwner(@Nullable Class<?> raw) {
    if (raw == null || raw == Object.class) {
      return null;
    }
    if (raw.isAnnotationPresent(JsonTypeInfo.class)) {
      return raw;
    }
    Class<?> owner = typeInfoOwner(raw.getSuperclass());
    for (Class<?> parent : raw.getInterfaces()) {
      if (owner == null) {
        owner = typeInfoOwner(parent);
      }
    }
    return owner;
  }

  /**
   * The names Jackson reads a subtype by: those given where a supertype lists it in {@code
   * JsonSubTypes}, else its {@code @JsonTypeName}, else its class name without the package (for
   * {@code NAME}: {@code Outer$Inner}) or without its enclosing classes too (for {@code
   * SIMPLE_NAME}: {@code Inner}), as Jackson 3 names it.
   */
  private static List<String> typeNames(Class<?> raw, JsonTypeInfo.Id id) {
    List<String> names = new ArrayList<>();
    collectListedNames(raw, raw, names, new HashSet<>());
    if (names.isEmpty()) {
      JsonTypeName typeName = raw.getAnnotation(JsonTypeName.class);
      if (typeName != null && !typeName.value().isEmpty()) {
        names.add(typeName.value());
      } else {
        String name = raw.getName();
        int start =
            id == JsonTypeInfo.Id.SIMPLE_NAME
                ? Math.max(name.lastIndexOf('.'), name.lastIndexOf('$'))
                : name.lastIndexOf('.');
        names.add(name.substring(start + 1));
      }
    }
    return names;
  }

  private static void collectListedNames(
      Class<?> raw, @Nullable Class<?> type, List<String> names, Set<Class<?>> seen) {
    if (type == null || !seen.add(type)) {
      return;
    }
    JsonSubTypes listed = type.getAnnotation(JsonSubTypes.class);
    if (listed != null) {
      for (JsonSubTypes.Type subtype : listed.value()) {
        if (subtype.value() == raw) {
          if (!subtype.name().isEmpty() && !names.contains(subtype.name())) {
            names.add(subtype.name());
          }
          for (String alias : subtype.names()) {
            if (!alias.isEmpty() && !names.contains(alias)) {
              names.add(alias);
            }
          }
        }
      }
    }
    collectListedNames(raw, type.getSuperclass(), names, seen);
    for (Class<?> parent : type.getInterfaces()) {
      collectListedNames(raw, parent, names, seen);
    }
  }

  private static void checkNotDiscriminator(
      @Nullable Discriminator discriminator, String jsonName, String path) {
    if (discriminator != null && discriminator.property().equals(jsonName)) {
      throw new IllegalArgumentException(
          "Cannot generate a JSON schema for "
              + path
              + ": its name '"
              + jsonName
              + "' is the type property of @JsonTypeInfo; rename the property or set another"
              + " @JsonTypeInfo(property = ...)");
    }
  }

  /** The property that names a subtype, and the names this subtype may have there. */
  private record Discriminator(String property, List<String> names) {}

  /** Whether Jackson would bind a field: public, annotated, or with a getter or setter. */
  private static boolean bound(Class<?> owner, Field field) {
    if (Modifier.isPublic(field.getModifiers()) || field.isAnnotationPresent(JsonProperty.class)) {
      return true;
    }
    String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    for (Method method : owner.getMethods()) {
      String name = method.getName();
      boolean getter =
          method.getParameterCount() == 0
              && (name.equals("get" + suffix)
                  || (name.equals("is" + suffix) && field.getType() == boolean.class));
      boolean setter = method.getParameterCount() == 1 && name.equals("set" + suffix);
      if (getter || setter) {
        return true;
      }
    }
    return false;
  }

  private static boolean ignored(List<? extends AnnotatedElement> elements) {
    for (AnnotatedElement element : elements) {
      JsonIgnore ignore = element.getAnnotation(JsonIgnore.class);
      if (ignore != null && ignore.value()) {
        return true;
      }
    }
    return false;
  }

  private static String jsonName(String javaName, List<? extends AnnotatedElement> elements) {
    for (AnnotatedElement element : elements) {
      JsonProperty property = element.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    }
    return javaName;
  }

  private static @Nullable String description(List<? extends AnnotatedElement> elements) {
    for (AnnotatedElement element : elements) {
      String description = description(element);
      if (description != null) {
        return description;
      }
    }
    return null;
  }

  private static @Nullable String description(AnnotatedElement element) {
    JsonPropertyDescription description = element.getAnnotation(JsonPropertyDescription.class);
    return description == null || description.value().isEmpty() ? null : description.value();
  }

  private static Optional<Field> field(Class<?> owner, String name) {
    try {
      return Optional.of(owner.getDeclaredField(name));
    } catch (NoSuchFieldException e) {
      return Optional.empty();
    }
  }

  /** Adds the keywords of the Bean Validation constraints among the annotations. */
  private static void constrain(Map<String, Object> schema, List<Annotation> annotations) {
    Object type = schema.get("type");
    for (Annotation annotation : annotations) {
      String name = annotation.annotationType().getName();
      if (!name.startsWith(CONSTRAINTS)) {
        continue;
      }
      switch (name.substring(CONSTRAINTS.length())) {
        case "Size" -> {
          int min = (Integer) attribute(annotation, "min");
          int max = (Integer) attribute(annotation, "max");
          String keyword =
              "string".equals(type) ? "Length" : "array".equals(type) ? "Items" : "Properties";
          if (min > 0) {
            schema.put("min" + keyword, min);
          }
          if (max < Integer.MAX_VALUE) {
            schema.put("max" + keyword, max);
          }
        }
        case "NotEmpty", "NotBlank" ->
            schema.put(
                "string".equals(type)
                    ? "minLength"
                    : "array".equals(type) ? "minItems" : "minProperties",
                1);
        case "Min" -> schema.put("minimum", attribute(annotation, "value"));
        case "Max" -> schema.put("maximum", attribute(annotation, "value"));
        case "DecimalMin" -> decimalBound(schema, annotation, "minimum", "exclusiveMinimum");
        case "DecimalMax" -> decimalBound(schema, annotation, "maximum", "exclusiveMaximum");
        case "Positive" -> schema.put("exclusiveMinimum", 0);
        case "PositiveOrZero" -> schema.put("minimum", 0);
        case "Negative" -> schema.put("exclusiveMaximum", 0);
        case "NegativeOrZero" -> schema.put("maximum", 0);
        case "Pattern" -> schema.put("pattern", attribute(annotation, "regexp"));
        case "Email" -> schema.put("format", "email");
        default -> {
          // Other constraints (NotNull, AssertTrue, …) have no keyword, or are already implied.
        }
      }
    }
  }

  private static void decimalBound(
      Map<String, Object> schema, Annotation annotation, String inclusive, String exclusive) {
    BigDecimal value = new BigDecimal((String) attribute(annotation, "value"));
    boolean isInclusive = (Boolean) attribute(annotation, "inclusive");
    schema.put(isInclusive ? inclusive : exclusive, value);
  }

  private static Object attribute(Annotation annotation, String name) {
    try {
      return annotation.annotationType().getMethod(name).invoke(annotation);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + annotation, e);
    }
  }

  private static IllegalArgumentException unsupported(String path, Type type, String why) {
    return new IllegalArgumentException(
        "Cannot generate a JSON schema for "
            + path
            + " of type "
            + type.getTypeName()
            + ": "
            + why);
  }

  private static Type resolve(Type type, Map<Type, Type> bindings) {
    Type current = type;
    for (int i = 0; i < 32; i++) {
      if (current instanceof TypeVariable<?> variable) {
        Type bound = bindings.get(variable);
        current = bound != null ? bound : variable.getBounds()[0];
      } else if (current instanceof WildcardType wildcard) {
        current = wildcard.getUpperBounds()[0];
      } else {
        break;
      }
    }
    if (current instanceof ParameterizedType parameterized && !bindings.isEmpty()) {
      Type[] arguments = parameterized.getActualTypeArguments();
      Type[] resolvedArguments = new Type[arguments.length];
      boolean changed = false;
      for (int i = 0; i < arguments.length; i++) {
        resolvedArguments[i] = resolve(arguments[i], bindings);
        changed |= resolvedArguments[i] != arguments[i];
      }
      if (changed) {
        return new Resolved((Class<?>) parameterized.getRawType(), resolvedArguments);
      }
    }
    return current;
  }

  private static @Nullable Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    if (type instanceof GenericArrayType array) {
      Class<?> component = rawClass(array.getGenericComponentType());
      return component == null ? null : component.arrayType();
    }
    return null;
  }

  private static Type typeArgument(Type type, int index, String path) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized.getActualTypeArguments()[index];
    }
    throw unsupported(
        path, type, "it is used without type arguments; declare them (List<String>, not List)");
  }

  private static Map<Type, Type> bindings(Type type, Map<Type, Type> outer) {
    Type resolved = resolve(type, outer);
    if (!(resolved instanceof ParameterizedType parameterized)) {
      return Map.of();
    }
    TypeVariable<?>[] variables = ((Class<?>) parameterized.getRawType()).getTypeParameters();
    Type[] arguments = parameterized.getActualTypeArguments();
    Map<Type, Type> bindings = new HashMap<>();
    for (int i = 0; i < variables.length; i++) {
      bindings.put(variables[i], resolve(arguments[i], outer));
    }
    return bindings;
  }

  /** The bindings of a superclass's type variables, as the subclass declares them. */
  private static Map<Type, Type> superBindings(
      Class<?> raw, Class<?> ancestor, Map<Type, Type> own) {
    Map<Type, Type> bindings = new HashMap<>(own);
    for (Class<?> c = raw; c != ancestor && c != null; c = c.getSuperclass()) {
      bindings.putAll(bindings(c.getGenericSuperclass(), bindings));
    }
    return bindings;
  }

  /** A parameterized type whose arguments were resolved from type variables. */
  private record Resolved(Class<?> raw, Type[] arguments) implements ParameterizedType {

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    @Override
    public String getTypeName() {
      StringBuilder builder = new StringBuilder(raw.getTypeName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        builder.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return builder.append('>').toString();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Resolved that
          && raw == that.raw
          && Arrays.equals(arguments, that.arguments);
    }

    @Override
    public int hashCode() {
      return raw.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
      return getTypeName();
    }
  }
}
