package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RequestOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpEntity;
import org.springframework.util.MultiValueMap;

/**
 * One call to make: the operation, the values of its path variables, its query parameters and its
 * body, and whether that body can be sent again. Null query values are left out.
 */
public final class MistralRequest {

  private static final Object[] NO_VARIABLES = new Object[0];

  private final MistralOperation operation;
  private Object[] pathVariables = NO_VARIABLES;
  private Map<String, Object> query;
  private Object body;
  private @Nullable String model;
  private MultiValueMap<String, HttpEntity<?>> multipart;
  // Null while the body can be sent any number of times.
  private BooleanSupplier bodyConsumed;
  private RequestOptions options = RequestOptions.NONE;
  // Top-level properties the operation adds to the JSON body; null while there are none.
  private Map<String, Object> bodyProperties;
  // How the call's values are read for its observation; empty when they report nothing.
  private List<Function<Object, @Nullable ObservedValues>> observed = List.of();

  private MistralRequest(MistralOperation operation) {
    this.operation = operation;
  }

  /** Starts a request for an operation. */
  public static MistralRequest of(MistralOperation operation) {
    return new MistralRequest(operation);
  }

  /** Starts a request for an operation with a JSON body. */
  public static MistralRequest of(MistralOperation operation, Object body) {
    return new MistralRequest(operation).body(body);
  }

  /** Sets the values of the path's variables, in the order they appear in the path. */
  public MistralRequest pathVariables(Object... values) {
    this.pathVariables = values.clone();
    return this;
  }

  /** Adds a query parameter; a null value is left out. */
  public MistralRequest query(String name, Object value) {
    if (value != null) {
      if (query == null) {
        query = new LinkedHashMap<>();
      }
      query.put(name, value);
    }
    return this;
  }

  /**
   * Adds a list query's parameters, as its {@code queryParameters()} gives them: each name with its
   * values in order, a name with several values repeated in the URL.
   */
  public MistralRequest query(Map<String, List<String>> parameters) {
    parameters.forEach(this::query);
    return this;
  }

  /** Sets the JSON body. */
  public MistralRequest body(Object value) {
    this.body = value;
    return this;
  }

  /**
   * Adds a top-level property to the JSON body, written before the body's own: how an operation
   * sets what it decides ({@code "stream": true}, the client's default model when the request names
   * none) without copying the caller's request. A null value is left out.
   */
  public MistralRequest bodyProperty(String name, Object value) {
    if (value != null) {
      if (bodyProperties == null) {
        bodyProperties = new LinkedHashMap<>();
      }
      bodyProperties.put(Objects.requireNonNull(name, "name"), value);
    }
    return this;
  }

  /** The body as written: the body itself, or it with the properties the operation adds. */
  Object jsonBody() {
    return bodyProperties == null || body == null ? body : new BodyProperties(bodyProperties, body);
  }

  /**
   * Names the model the request asks for, for observations and deprecation warnings; null when it
   * names none (an agent answers, or the operation takes no model).
   */
  public MistralRequest model(@Nullable String value) {
    this.model = value;
    return this;
  }

  /**
   * Sends the request as {@code multipart/form-data} with these parts instead of a JSON body. A
   * part whose body is a {@code Resource} (a file, a stream) is streamed, never held in memory.
   * Build the parts with Spring's {@code MultipartBodyBuilder}.
   */
  public MistralRequest multipart(MultiValueMap<String, HttpEntity<?>> parts) {
    this.multipart = parts;
    return this;
  }

  /**
   * Marks the body as one that can be sent only once, such as an upload read from an {@code
   * InputStream}: such a request is never sent again once anything of it was sent (not after a 429
   * either), and is retried after a failure before sending only while {@code consumed} says that
   * its body was not read yet.
   *
   * @param consumed whether sending has started to read the body
   */
  public MistralRequest bodySentOnce(BooleanSupplier consumed) {
    this.bodyConsumed = Objects.requireNonNull(consumed, "consumed");
    return this;
  }

  /**
   * Says what a value of the call, of the given type, tells the call's observation (its id, model,
   * usage, finish reasons, generated text): the operation says it where it makes its call. Values
   * of a type no reader is given for report nothing.
   *
   * @param type the type of the values read, such as the response or one event type of a stream
   * @param values what such a value reports
   */
  public <T> MistralRequest observed(Class<T> type, Function<? super T, ObservedValues> values) {
    Objects.requireNonNull(values, "values");
    List<Function<Object, @Nullable ObservedValues>> readers = new ArrayList<>(observed);
    readers.add(value -> type.isInstance(value) ? values.apply(type.cast(value)) : null);
    this.observed = List.copyOf(readers);
    return this;
  }

  /** What a value of the call reports to its observation, or null when it reports nothing. */
  @Nullable ObservedValues observed(Object value) {
    for (Function<Object, @Nullable ObservedValues> reader : observed) {
      ObservedValues values = reader.apply(value);
      if (values != null) {
        return values;
      }
    }
    return null;
  }

  /** Adds per-call options (a deadline, extra headers) on top of those already set. */
  public MistralRequest options(RequestOptions value) {
    this.options = options.and(value);
    return this;
  }

  /** The per-call options; {@link RequestOptions#NONE} when there are none. */
  RequestOptions options() {
    return options;
  }

  /** The operation. */
  public MistralOperation operation() {
    return operation;
  }

  Object[] pathVariables() {
    return pathVariables;
  }

  Map<String, Object> query() {
    return query;
  }

  Object body() {
    return body;
  }

  @Nullable String model() {
    return model;
  }

  MultiValueMap<String, HttpEntity<?>> multipart() {
    return multipart;
  }

  /** Whether the body can be sent again: false for one marked {@link #bodySentOnce}. */
  boolean bodyRepeatable() {
    return bodyConsumed == null;
  }

  /** Whether a body that can be sent only once was read, in part or whole. */
  boolean bodyConsumed() {
    return bodyConsumed != null && bodyConsumed.getAsBoolean();
  }
}
