package io.github.mistralspring.conformance;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Walks a response schema and the Java type that reads it side by side, and finds every property of
 * every object schema met that the Java type would drop: one that is neither a record component (by
 * its JSON name), nor a tag the record writes back from its type (the type id that chose it, or a
 * property with a single allowed value, through a {@code @JsonProperty} method), nor kept in an
 * extra-properties map (a {@link JsonAnySetter} component or method).
 *
 * <p>The walk is static, so it reaches every branch of every union and every depth, which the
 * generated responses (depth-limited, one branch per variant) do not. It follows the client's
 * Jackson annotations the way the client's mapper reads: {@link JsonTypeInfo} and {@link
 * JsonSubTypes} pick the record for each branch of a union by its type id (the discriminator
 * mapping or the branch's single {@code type} value); a record with a {@link JsonValue} component
 * reads what that component reads; a sealed interface without a type id (message content: a string
 * or a list of chunks) reads each branch with the permitted type of the same JSON shape, and a list
 * also reads a lone item (a delta's single chunk).
 *
 * <p>Gaps are keyed {@code "<spec> <Schema>.<property> -> <JavaType>"}, where {@code <spec>} is
 * {@code seed} or {@code 2026-07} and an inline schema is named after the property that holds it
 * ({@code Outer.property}, {@code Outer.property[]} for array items, {@code Outer.property|1} for
 * the second branch of an inline union).
 */
final class ModelCoverage {

  /**
   * Where the walk starts: a response schema and the type the client read one answer with.
   *
   * @param instance the answer (valid against {@code schema}); where a record reads a union of
   *     objects, the branches it is checked against are those the answer is valid against
   */
  record Root(
      Spec spec,
      SchemaValidator validator,
      JsonNode schema,
      String label,
      Type type,
      JsonNode instance) {}

  private final Set<String> visited = new HashSet<>();
  private final Map<String, String> gaps = new TreeMap<>();
  private final Set<String> schemas = new TreeSet<>();
  private final Set<String> properties = new TreeSet<>();
  private final Set<String> extra = new TreeSet<>();

  /** Walks every root. */
  static ModelCoverage of(Collection<Root> roots) {
    ModelCoverage coverage = new ModelCoverage();
    for (Root root : roots) {
      coverage.start(root);
    }
    return coverage;
  }

  private void start(Root root) {
    Class<?> raw = raw(root.type());
    List<Branch> objects =
        branches(root.spec(), root.schema(), root.label()).stream()
            .filter(b -> b.kind().equals("object"))
            .toList();
    if (raw.isRecord() && valueComponent(raw) == null && objects.size() > 1) {
      for (Branch branch : objects) {
        if (root.validator().validate(branch.schema(), root.instance()).isEmpty()) {
          checkRecord(root.spec(), branch, raw, null);
        }
      }
      return;
    }
    walk(root.spec(), root.schema(), root.label(), root.type(), null, true);
  }

  /** The properties dropped, by key, each with what reads the schema and why it is lost. */
  Map<String, String> gaps() {
    return gaps;
  }

  /** The object schemas checked, as {@code "<spec> <Schema>"}. */
  Set<String> schemas() {
    return schemas;
  }

  /** The properties checked, as {@code "<spec> <Schema>.<property>"}. */
  Set<String> properties() {
    return properties;
  }

  /** The properties checked that only an extra-properties map keeps. */
  Set<String> keptInExtra() {
    return extra;
  }

  /** The number of schemas checked in one spec. */
  long schemaCount(Spec spec) {
    String prefix = shortName(spec) + " ";
    return schemas.stream().filter(s -> s.startsWith(prefix)).count();
  }

  /** The number of properties checked in one spec. */
  long propertyCount(Spec spec) {
    String prefix = shortName(spec) + " ";
    return properties.stream().filter(s -> s.startsWith(prefix)).count();
  }

  static String shortName(Spec spec) {
    return switch (spec.name()) {
      case Spec.SEED -> "seed";
      case Spec.LIVE -> "2026-07";
      default -> spec.name();
    };
  }

  /**
   * Checks a schema against a Java type.
   *
   * @param typeId the property whose value chose {@code type} among a union's records, or null
   * @param root whether this is a response's top: there a union branch without a type id may be
   *     read by another type (a fine-tuning create answers a job or dry-run estimates), and it is
   *     left to that type's own root
   */
  private void walk(
      Spec spec, JsonNode schema, String label, Type type, String typeId, boolean root) {
    Class<?> raw = raw(type);
    if (isLeaf(raw)) {
      return;
    }
    List<Branch> branches = branches(spec, schema, label);
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      Type element = raw.isArray() ? componentType(type) : typeArgument(type, 0);
      for (Branch branch : branches) {
        if (branch.kind().equals("array")) {
          walk(spec, branch.items(), branch.label() + "[]", element, null, false);
        }
      }
      return;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type value = typeArgument(type, 1);
      for (Branch branch : branches) {
        if (branch.kind().equals("object")) {
          for (Map.Entry<String, JsonNode> property : objectProperties(spec, branch.schema())) {
            walk(spec, property.getValue(), label(branch, property), value, null, false);
          }
          JsonNode additional = branch.schema().get("additionalProperties");
          if (additional != null && additional.isObject()) {
            walk(spec, additional, branch.label() + "{}", value, null, false);
          }
        }
      }
      return;
    }
    RecordComponent value = valueComponent(raw);
    if (value != null) {
      walk(spec, schema, label, value.getGenericType(), typeId, root);
      return;
    }
    JsonTypeInfo typeInfo = typeInfo(raw);
    if (typeInfo != null) {
      polymorphic(spec, branches, raw, typeInfo, root);
      return;
    }
    if (raw.isRecord()) {
      for (Branch branch : branches) {
        if (branch.kind().equals("object")) {
          checkRecord(spec, branch, raw, typeId);
        }
      }
      return;
    }
    if (raw.isSealed()) {
      byShape(spec, branches, raw);
      return;
    }
    throw new IllegalStateException(
        "no rule for reading " + label + " of " + shortName(spec) + " into " + raw.getName());
  }

  /** A union told apart by a type id: each object branch goes to the record its id names. */
  private void polymorphic(
      Spec spec, List<Branch> branches, Class<?> base, JsonTypeInfo info, boolean root) {
    String property = info.property().isEmpty() ? "@type" : info.property();
    Class<?> fallback = info.defaultImpl() == JsonTypeInfo.class ? null : info.defaultImpl();
    for (Branch branch : branches) {
      if (!branch.kind().equals("object")) {
        continue;
      }
      Set<String> ids = typeIds(spec, branch, property);
      if (ids.isEmpty()) {
        if (root && !objectPropertyNames(spec, branch.schema()).contains(property)) {
          continue;
        }
        if (fallback == null) {
          gaps.put(
              key(spec, branch.label(), "", base),
              "no " + property + " value picks a type of " + base.getSimpleName());
          continue;
        }
        walk(spec, branch.schema(), branch.label(), fallback, property, false);
        continue;
      }
      for (String id : ids) {
        Class<?> subtype = subtype(base, id);
        if (subtype == null && fallback == null) {
          gaps.put(
              key(spec, branch.label(), "", base),
              property + " " + id + " names no type of " + base.getSimpleName());
          continue;
        }
        walk(
            spec,
            branch.schema(),
            branch.label(),
            subtype == null ? fallback : subtype,
            property,
            false);
      }
    }
  }

  /**
   * A sealed interface without a type id: each branch goes to the permitted type of the same JSON
   * shape (string, object, array); an object branch with no such type goes to a list type, as its
   * lone item.
   */
  private void byShape(Spec spec, List<Branch> branches, Class<?> base) {
    for (Branch branch : branches) {
      String kind = branch.kind();
      if (kind.equals("scalar")) {
        continue;
      }
      List<Type> matching = new ArrayList<>();
      for (Class<?> permitted : base.getPermittedSubclasses()) {
        Type read = readType(permitted);
        if (shape(read).equals(kind)) {
          matching.add(read);
        }
      }
      if (matching.isEmpty() && kind.equals("object")) {
        for (Class<?> permitted : base.getPermittedSubclasses()) {
          Type read = readType(permitted);
          if (shape(read).equals("array")) {
            matching.add(typeArgument(read, 0));
          }
        }
      }
      if (matching.size() > 1) {
        throw new IllegalStateException(
            "more than one type of "
                + base.getName()
                + " reads "
                + branch.label()
                + ": "
                + matching);
      }
      if (matching.isEmpty()) {
        gaps.put(
            key(spec, branch.label(), "", base),
            "no type of " + base.getSimpleName() + " reads a JSON " + kind);
        continue;
      }
      walk(spec, branch.schema(), branch.label(), matching.get(0), null, false);
    }
  }

  /** The properties of one object schema against one record. */
  private void checkRecord(Spec spec, Branch branch, Class<?> record, String typeId) {
    if (!visited.add(shortName(spec) + "|" + branch.label() + "|" + record.getName())) {
      return;
    }
    schemas.add(shortName(spec) + " " + branch.label());
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    Set<String> ignoredOnRead = ignoredOnRead(record);
    for (RecordComponent component : record.getRecordComponents()) {
      if (annotation(record, component, JsonIgnore.class) != null) {
        continue;
      }
      JsonProperty named = annotation(record, component, JsonProperty.class);
      String name = named == null || named.value().isEmpty() ? component.getName() : named.value();
      if (!ignoredOnRead.contains(name)) {
        components.put(name, component);
      }
    }
    boolean anySetter = hasAnySetter(record);
    Set<String> getters = propertyGetters(record);
    for (Map.Entry<String, JsonNode> property : objectProperties(spec, branch.schema())) {
      String name = property.getKey();
      properties.add(shortName(spec) + " " + branch.label() + "." + name);
      RecordComponent component = components.get(name);
      if (component != null) {
        walk(
            spec,
            property.getValue(),
            label(branch, property),
            component.getGenericType(),
            null,
            false);
      } else if (getters.contains(name)
          && (name.equals(typeId) || singleValue(spec, property.getValue()))) {
        // A tag (the type id that chose the record, or a property with one allowed value such as
        // an assistant message's role): the record writes it back from its type.
        continue;
      } else if (anySetter) {
        extra.add(shortName(spec) + " " + branch.label() + "." + name);
      } else {
        gaps.put(
            key(spec, branch.label(), name, record),
            record.getName().substring(record.getPackageName().length() + 1)
                + " has no component "
                + name
                + " and no extra-properties map");
      }
    }
  }

  private static String key(Spec spec, String schema, String property, Class<?> type) {
    return shortName(spec)
        + " "
        + schema
        + (property.isEmpty() ? "" : "." + property)
        + " -> "
        + type.getSimpleName();
  }

  private static String label(Branch branch, Map.Entry<String, JsonNode> property) {
    return branch.label() + "." + property.getKey();
  }

  // ---------------------------------------------------------------- schemas

  /**
   * One alternative of a schema, its {@code $ref}s and unions resolved.
   *
   * @param ids the discriminator mapping keys that name this branch
   */
  private record Branch(JsonNode schema, String label, String kind, Set<String> ids) {

    JsonNode items() {
      return schema.get("items");
    }
  }

  /** The non-null alternatives of a schema: nested unions flattened, references followed. */
  private static List<Branch> branches(Spec spec, JsonNode schema, String label) {
    List<Branch> result = new ArrayList<>();
    flatten(spec, schema, label, Set.of(), result, 0);
    return result;
  }

  private static void flatten(
      Spec spec, JsonNode schema, String label, Set<String> ids, List<Branch> out, int depth) {
    if (schema == null || depth > 20) {
      return;
    }
    String name = label;
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asString();
      name = ref.substring(ref.lastIndexOf('/') + 1);
      current = spec.pointer(ref);
    }
    String union = current.has("oneOf") ? "oneOf" : current.has("anyOf") ? "anyOf" : null;
    if (union != null) {
      List<JsonNode> options = new ArrayList<>();
      for (JsonNode option : current.get(union)) {
        if (!"null".equals(spec.resolve(option).path("type").asString(""))) {
          options.add(option);
        }
      }
      JsonNode mapping = current.path("discriminator").path("mapping");
      for (int i = 0; i < options.size(); i++) {
        JsonNode option = options.get(i);
        Set<String> optionIds = new LinkedHashSet<>(ids);
        if (option.has("$ref")) {
          for (Map.Entry<String, JsonNode> entry : mapping.properties()) {
            if (entry.getValue().asString().equals(option.get("$ref").asString())) {
              optionIds.add(entry.getKey());
            }
          }
        }
        flatten(
            spec, option, options.size() == 1 ? name : name + "|" + i, optionIds, out, depth + 1);
      }
      return;
    }
    if (current.has("allOf") && current.get("allOf").size() == 1 && !current.has("properties")) {
      flatten(spec, current.get("allOf").get(0), name, ids, out, depth + 1);
      return;
    }
    String kind = kind(spec, current);
    if (!kind.equals("null")) {
      out.add(new Branch(current, name, kind, ids));
    }
  }

  private static String kind(Spec spec, JsonNode schema) {
    String type = type(schema);
    if (type.equals("object") || schema.has("properties") || schema.has("additionalProperties")) {
      return "object";
    }
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        if (kind(spec, spec.resolve(part)).equals("object")) {
          return "object";
        }
      }
    }
    if (type.equals("array") || schema.has("items")) {
      return "array";
    }
    return type.equals("null") ? "null" : "scalar";
  }

  private static String type(JsonNode schema) {
    JsonNode type = schema.get("type");
    if (type == null) {
      return "";
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.asString().equals("null")) {
          return t.asString();
        }
      }
      return "null";
    }
    return type.asString();
  }

  /** The properties of an object schema and of its {@code allOf} parts. */
  private static List<Map.Entry<String, JsonNode>> objectProperties(Spec spec, JsonNode schema) {
    Map<String, JsonNode> merged = new LinkedHashMap<>();
    Deque<JsonNode> pending = new ArrayDeque<>(List.of(schema));
    for (int guard = 0; !pending.isEmpty() && guard < 50; guard++) {
      JsonNode part = spec.resolve(pending.removeFirst());
      for (Map.Entry<String, JsonNode> property : part.path("properties").properties()) {
        merged.putIfAbsent(property.getKey(), property.getValue());
      }
      part.path("allOf").forEach(pending::addLast);
    }
    return new ArrayList<>(merged.entrySet());
  }

  /** Whether a property schema allows one value only ({@code const}, or an enum of one). */
  private static boolean singleValue(Spec spec, JsonNode schema) {
    JsonNode resolved = spec.resolve(schema);
    return resolved.has("const")
        || (resolved.path("enum").isArray() && resolved.get("enum").size() == 1);
  }

  private static Set<String> objectPropertyNames(Spec spec, JsonNode schema) {
    Set<String> names = new HashSet<>();
    objectProperties(spec, schema).forEach(p -> names.add(p.getKey()));
    return names;
  }

  /**
   * The type ids of a branch: the discriminator mapping's keys for it, else the values its {@code
   * property} allows ({@code const}, {@code enum}, or a lone {@code default}).
   */
  private static Set<String> typeIds(Spec spec, Branch branch, String property) {
    if (!branch.ids().isEmpty()) {
      return branch.ids();
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> entry : objectProperties(spec, branch.schema())) {
      if (!entry.getKey().equals(property)) {
        continue;
      }
      JsonNode tag = spec.resolve(entry.getValue());
      if (tag.has("const")) {
        ids.add(tag.get("const").asString());
      } else if (tag.has("enum")) {
        tag.get("enum").forEach(v -> ids.add(v.asString()));
      } else if (tag.has("default") && tag.get("default").isString()) {
        ids.add(tag.get("default").asString());
      }
    }
    return ids;
  }

  // ---------------------------------------------------------------- Java types

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?> v) {
      return raw(v.getBounds()[0]);
    }
    throw new IllegalArgumentException("unsupported type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  private static Type componentType(Type type) {
    if (type instanceof GenericArrayType a) {
      return a.getGenericComponentType();
    }
    return raw(type).getComponentType();
  }

  /**
   * Whether a type takes a schema as a whole, so nothing in it can be dropped by a missing
   * component: scalars, and any type that is not the client's own (a JSON tree, {@code Object}).
   */
  private static boolean isLeaf(Class<?> raw) {
    if (raw.isPrimitive() || raw.isEnum()) {
      return true;
    }
    if (raw.isArray()) {
      return raw.getComponentType().isPrimitive();
    }
    if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      return false;
    }
    return !raw.getName().startsWith("io.github.mistralspring.");
  }

  /** The component a value type writes as itself ({@code @JsonValue}), or null. */
  private static RecordComponent valueComponent(Class<?> raw) {
    if (!raw.isRecord()) {
      return null;
    }
    for (RecordComponent component : raw.getRecordComponents()) {
      if (annotation(raw, component, JsonValue.class) != null) {
        return component;
      }
    }
    return null;
  }

  /** The type a permitted subtype reads: its value component's, else itself. */
  private static Type readType(Class<?> permitted) {
    RecordComponent value = valueComponent(permitted);
    return value == null ? permitted : value.getGenericType();
  }

  /** The JSON shape a type reads: {@code object}, {@code array} or {@code scalar}. */
  private static String shape(Type type) {
    Class<?> raw = raw(type);
    if (Collection.class.isAssignableFrom(raw) || (raw.isArray() && !isLeaf(raw))) {
      return "array";
    }
    if (isLeaf(raw)) {
      return raw == Object.class ? "any" : "scalar";
    }
    RecordComponent value = valueComponent(raw);
    return value == null ? "object" : shape(value.getGenericType());
  }

  /** The type id annotation of the nearest type that declares one, if it tells types apart. */
  private static JsonTypeInfo typeInfo(Class<?> raw) {
    JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
    return info == null || info.use() == JsonTypeInfo.Id.NONE ? null : info;
  }

  /**
   * The type Jackson reads an answer with, given the class of what it read: the nearest supertype
   * with a type id (a job's {@link JsonTypeInfo} interface for a completion job), else the class.
   */
  static Class<?> readerOf(Class<?> parsed) {
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(parsed));
    Set<Class<?>> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Class<?> next = pending.removeFirst();
      if (!seen.add(next)) {
        continue;
      }
      if (typeInfo(next) != null) {
        return next;
      }
      pending.addAll(List.of(next.getInterfaces()));
      if (next.getSuperclass() != null) {
        pending.add(next.getSuperclass());
      }
    }
    return parsed;
  }

  private static Class<?> subtype(Class<?> base, String id) {
    JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
    if (subtypes == null) {
      return null;
    }
    for (JsonSubTypes.Type subtype : subtypes.value()) {
      if (subtype.name().equals(id) || List.of(subtype.names()).contains(id)) {
        return subtype.value();
      }
      JsonTypeName named = subtype.value().getAnnotation(JsonTypeName.class);
      if (named != null && named.value().equals(id)) {
        return subtype.value();
      }
    }
    return null;
  }

  /** The names {@link JsonIgnoreProperties} keeps from being read. */
  private static Set<String> ignoredOnRead(Class<?> record) {
    JsonIgnoreProperties ignore = record.getAnnotation(JsonIgnoreProperties.class);
    return ignore == null || ignore.allowSetters() ? Set.of() : Set.of(ignore.value());
  }

  private static boolean hasAnySetter(Class<?> record) {
    for (RecordComponent component : record.getRecordComponents()) {
      if (annotation(record, component, JsonAnySetter.class) != null) {
        return true;
      }
    }
    for (Method method : record.getDeclaredMethods()) {
      if (method.isAnnotationPresent(JsonAnySetter.class)) {
        return true;
      }
    }
    return false;
  }

  /** The names of the no-argument methods annotated {@code @JsonProperty} (a written-back tag). */
  private static Set<String> propertyGetters(Class<?> record) {
    Set<String> names = new HashSet<>();
    for (Method method : record.getMethods()) {
      JsonProperty named = method.getAnnotation(JsonProperty.class);
      if (named != null
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())) {
        names.add(named.value().isEmpty() ? method.getName() : named.value());
      }
    }
    return names;
  }

  /**
   * An annotation of a record component, wherever Java put it: Jackson's annotations do not target
   * record components, so they land on the field, the accessor and the constructor parameter.
   */
  private static <A extends java.lang.annotation.Annotation> A annotation(
      Class<?> record, RecordComponent component, Class<A> type) {
    List<AnnotatedElement> places = new ArrayList<>();
    places.add(component);
    places.add(component.getAccessor());
    try {
      Field field = record.getDeclaredField(component.getName());
      places.add(field);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
    for (AnnotatedElement place : places) {
      A found = place.getAnnotation(type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
