package io.github.mistralspring.client.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.mistralspring.client.beta.tools.FunctionTool;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.FunctionDefinition;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.schema.JsonSchemaGenerator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * A function tool written in Java and run by the client (unlike the tools the API runs itself, such
 * as web search): its name, description and strict parameter schema (generated from the Java types,
 * as structured output's are), and the code that answers a call.
 *
 * <p>Build one {@linkplain #of from a function over a record} (the record's components are the
 * arguments) or {@linkplain #fromMethod from a method} (its parameters are), then pass it to {@code
 * chat().runTools} or the conversations' {@code callFunctions}. Instances are immutable; the tool
 * itself must be thread-safe when the model asks for several calls at once.
 *
 * @param <A> the type the arguments are read as ({@code Object[]} for a method's parameters)
 */
public final class LocalTool<A> {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");

  private final String name;
  private final @Nullable String description;
  private final Map<String, Object> parameters;
  private final ArgumentsReader<A> reader;
  private final ToolFunction<A> function;

  private LocalTool(
      @Nullable String name,
      @Nullable String description,
      Map<String, Object> parameters,
      ArgumentsReader<A> reader,
      ToolFunction<A> function) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A tool name must be 1 to 64 letters, digits, '_' or '-', was '"
              + name
              + "': pass another name");
    }
    this.name = name;
    this.description = description;
    this.parameters = parameters;
    this.reader = reader;
    this.function = function;
  }

  /**
   * Creates a tool whose arguments are a record (or another class the schema generator can
   * describe); its components, their {@code @JsonProperty} names and
   * {@code @JsonPropertyDescription}s make the parameter schema.
   *
   * @param name the name the model calls it by: 1 to 64 letters, digits, {@code _} or {@code -}
   * @param description what it does, which is how the model decides to call it; null for none
   * @param argumentsType the type the arguments are read as
   * @param function the code that answers a call
   * @param <A> the type the arguments are read as
   * @return the tool
   * @throws IllegalArgumentException when the name is not valid or the type has no JSON object
   *     shape
   */
  public static <A> LocalTool<A> of(
      String name, @Nullable String description, Class<A> argumentsType, ToolFunction<A> function) {
    Objects.requireNonNull(argumentsType, "argumentsType");
    Objects.requireNonNull(function, "function");
    Map<String, Object> schema = JsonSchemaGenerator.generate(argumentsType);
    if (!"object".equals(schema.get("type"))) {
      throw new IllegalArgumentException(
          "The arguments of tool '"
              + name
              + "' must be a JSON object, and "
              + argumentsType.getTypeName()
              + " is not one: take a record");
    }
    ObjectReader reader = strictReader().forType(argumentsType);
    return new LocalTool<>(
        name, description, schema, arguments -> reader.readValue(arguments), function);
  }

  /**
   * Creates a tool from a public method, named after it: its parameters are the arguments (the
   * class must be compiled with {@code -parameters}, as Spring Boot's build plugins do),
   * {@code @JsonPropertyDescription} on the method is the tool's description and on a parameter the
   * argument's.
   *
   * @param target the object to call the method on; null for a static method
   * @param method the method
   * @return the tool, named after the method, whose arguments are read as the parameters' values
   * @throws IllegalArgumentException when the method is static and a target is given or not static
   *     and none is, its parameter names are not compiled in, or a parameter's type has no JSON
   *     shape
   */
  public static LocalTool<Object[]> fromMethod(@Nullable Object target, Method method) {
    Objects.requireNonNull(method, "method");
    boolean isStatic = Modifier.isStatic(method.getModifiers());
    if (isStatic != (target == null)) {
      throw new IllegalArgumentException(
          method
              + (isStatic
                  ? " is static: pass null as the target"
                  : " is not static: pass the object to call it on as the target"));
    }
    if (!method.trySetAccessible()) {
      throw new IllegalArgumentException(
          method + " cannot be called from the client: make it and its class public");
    }
    Map<String, Object> schema = JsonSchemaGenerator.generateForParameters(method);
    JsonPropertyDescription description = method.getAnnotation(JsonPropertyDescription.class);
    ArgumentsReader<Object[]> reader = methodArguments(method);
    ToolFunction<Object[]> function =
        arguments -> {
          try {
            return method.invoke(target, arguments);
          } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
              throw exception;
            }
            throw e;
          }
        };
    return new LocalTool<>(
        method.getName(),
        description == null ? null : description.value(),
        schema,
        reader,
        function);
  }

  /**
   * Creates a tool from the one public method of the given name on the target (static methods of a
   * class: pass the {@code Class} as the target).
   *
   * @param target the object whose method it is, or the {@code Class} of a static method
   * @param methodName the name of the method
   * @return the tool, named after the method
   * @throws IllegalArgumentException when there is no such method, or several
   */
  public static LocalTool<Object[]> fromMethod(Object target, String methodName) {
    Objects.requireNonNull(target, "target");
    Class<?> type = target instanceof Class<?> c ? c : target.getClass();
    List<Method> methods =
        Arrays.stream(type.getMethods()).filter(m -> m.getName().equals(methodName)).toList();
    if (methods.size() != 1) {
      throw new IllegalArgumentException(
          type.getName()
              + " has "
              + (methods.isEmpty() ? "no public method" : methods.size() + " public methods")
              + " named '"
              + methodName
              + "': pass the Method itself to fromMethod(target, method)");
    }
    Method method = methods.get(0);
    return fromMethod(Modifier.isStatic(method.getModifiers()) ? null : target, method);
  }

  /**
   * Returns this tool under another name (the model calls it by this one).
   *
   * @param name 1 to 64 letters, digits, {@code _} or {@code -}
   * @return a copy of this tool with the name
   * @throws IllegalArgumentException when the name is not valid
   */
  public LocalTool<A> withName(String name) {
    return new LocalTool<>(name, description, parameters, reader, function);
  }

  /**
   * Returns this tool with another description.
   *
   * @param description what it does; null for none
   * @return a copy of this tool with the description
   */
  public LocalTool<A> withDescription(@Nullable String description) {
    return new LocalTool<>(name, description, parameters, reader, function);
  }

  /**
   * The name the model calls it by.
   *
   * @return the tool's name
   */
  public String name() {
    return name;
  }

  /**
   * What the tool does.
   *
   * @return the description; absent when none was given
   */
  public @Nullable String description() {
    return description;
  }

  /**
   * The strict JSON schema of the arguments; read-only.
   *
   * @return the schema sent as the function's {@code parameters}
   */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * The tool as a request offers it: a strict function definition.
   *
   * @return a chat completion tool of type {@code function}
   */
  public Tool toTool() {
    return Tool.function(new FunctionDefinition(name, description, true, parameters));
  }

  /**
   * The tool as a conversation or an agent offers it ({@code type: function}), strict.
   *
   * @return a conversation or agent tool of type {@code function}
   */
  public FunctionTool toAgentTool() {
    return new FunctionTool(new FunctionDefinition(name, description, true, parameters));
  }

  /**
   * Answers a call: reads the arguments, runs the tool, and returns the result as the text sent to
   * the model (a {@code String} as is, null as {@code null}, anything else as JSON).
   *
   * @param arguments the arguments as the model wrote them, a JSON object; absent or blank reads as
   *     {@code {}}
   * @return the result's text: a {@code String} as the tool returned it, anything else as JSON
   * @throws IllegalArgumentException when the arguments are not JSON or do not match the
   *     parameters; the message names the tool
   * @throws Exception what the tool throws
   */
  public String call(@Nullable String arguments) throws Exception {
    A value;
    try {
      value = reader.read(arguments == null || arguments.isBlank() ? "{}" : arguments);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "The arguments of tool '"
              + name
              + "' do not match its parameters: "
              + e.getOriginalMessage()
              + "; the arguments were: "
              + arguments,
          e);
    }
    Object result = function.call(value);
    if (result instanceof String text) {
      return text;
    }
    return MistralJson.mapper().writeValueAsString(result);
  }

  /**
   * The tools as the conversations' {@code callFunctions} takes them, by name; a failing call
   * throws a {@link ToolExecutionException} (with an empty transcript) out of the loop.
   *
   * @param tools the tools, with distinct names
   * @return each tool's function under its name, in the given order
   * @throws IllegalArgumentException when two tools have the same name
   */
  public static Map<String, Function<JsonNode, String>> functions(
      List<? extends LocalTool<?>> tools) {
    Map<String, Function<JsonNode, String>> functions = new LinkedHashMap<>();
    for (LocalTool<?> tool : tools) {
      Function<JsonNode, String> function =
          arguments -> {
            try {
              return tool.call(arguments == null ? null : arguments.toString());
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new ToolExecutionException(
                  "Tool '" + tool.name() + "' failed: " + e, tool.name(), null, List.of(), e);
            }
          };
      if (functions.put(tool.name(), function) != null) {
        throw new IllegalArgumentException(
            "Two tools are named '" + tool.name() + "': give one another name with withName");
      }
    }
    return functions;
  }

  @Override
  public String toString() {
    return "LocalTool[" + name + "]";
  }

  private static ObjectReader strictReader() {
    // Stricter than for API responses: the schema sent with the tool forbade all of these.
    return MistralJson.mapper()
        .reader()
        .with(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static ArgumentsReader<Object[]> methodArguments(Method method) {
    Parameter[] parameters = method.getParameters();
    List<String> names = new ArrayList<>();
    List<ObjectReader> readers = new ArrayList<>();
    ObjectReader strict = strictReader();
    for (Parameter parameter : parameters) {
      JsonProperty property = parameter.getAnnotation(JsonProperty.class);
      names.add(
          property != null && !property.value().isEmpty() ? property.value() : parameter.getName());
      readers.add(
          strict.forType(MistralJson.mapper().constructType(parameter.getParameterizedType())));
    }
    return arguments -> {
      JsonNode node = strict.readTree(arguments);
      if (!node.isObject()) {
        throw new IllegalArgumentException("The arguments are not a JSON object: " + arguments);
      }
      for (String property : node.propertyNames()) {
        if (!names.contains(property)) {
          throw new IllegalArgumentException(
              "The arguments of tool '"
                  + method.getName()
                  + "' have an unknown property '"
                  + property
                  + "'; the parameters are "
                  + names);
        }
      }
      Object[] values = new Object[parameters.length];
      for (int i = 0; i < parameters.length; i++) {
        JsonNode value = node.get(names.get(i));
        if (value == null) {
          throw new IllegalArgumentException(
              "The arguments of tool '"
                  + method.getName()
                  + "' lack the required property '"
                  + names.get(i)
                  + "'; the arguments were: "
                  + arguments);
        }
        values[i] = readers.get(i).readValue(value);
      }
      return values;
    };
  }

  /** Reads a call's arguments as the tool's argument type. */
  @FunctionalInterface
  private interface ArgumentsReader<A> {
    A read(String arguments);
  }
}
