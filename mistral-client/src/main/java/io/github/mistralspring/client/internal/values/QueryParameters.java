package io.github.mistralspring.client.internal.values;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a list query, in the order they are declared: how every list query writes
 * its {@code queryParameters()}, and so how its values reach the URL. A null value is left out; a
 * list is the parameter repeated, one value per entry; a time is written in UTC, as a {@code +}
 * offset would reach the server as a space; any other value is its {@code toString} (the
 * string-backed values of the client are their wire value).
 */
public final class QueryParameters {

  private final Map<String, List<String>> parameters = new LinkedHashMap<>();

  private QueryParameters() {}

  /**
   * Starts the parameters of a list paged by number with its {@code page} and {@code page_size}.
   *
   * @param page the page, from 0; null to leave it out
   * @param pageSize the page size; null to leave it out
   * @return the parameters, to add the query's own to
   */
  public static QueryParameters paged(@Nullable Integer page, @Nullable Integer pageSize) {
    return new QueryParameters().add("page", page).add("page_size", pageSize);
  }

  /**
   * Adds a parameter; a null value (or an empty list, or a null in a list) is left out.
   *
   * @param name the parameter's name in the API
   * @param value its value: a text, number, boolean, time, string-backed value or a list of them
   * @return these parameters
   */
  public QueryParameters add(String name, @Nullable Object value) {
    Objects.requireNonNull(name, "name");
    if (value instanceof Iterable<?> many) {
      List<String> values = new ArrayList<>();
      for (Object one : many) {
        if (one != null) {
          values.add(text(one));
        }
      }
      put(name, values);
    } else if (value != null) {
      put(name, List.of(text(value)));
    }
    return this;
  }

  /**
   * Adds each entry of a map as a parameter of its own, {@code key=value}, without the map's name:
   * the form style, exploded, that OpenAPI takes for an object query parameter that declares no
   * style. A null map is left out. The caller checks that no key is one of the query's own names.
   *
   * @param entries the entries, in their order; null to add none
   * @return these parameters
   */
  public QueryParameters addEach(@Nullable Map<String, ?> entries) {
    if (entries != null) {
      entries.forEach(this::add);
    }
    return this;
  }

  /**
   * The parameters as added.
   *
   * @return read-only: each parameter's name and its values, in the order they were added
   */
  public Map<String, List<String>> toMap() {
    return ReadOnly.map(parameters);
  }

  private void put(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    if (parameters.putIfAbsent(name, List.copyOf(values)) != null) {
      throw new IllegalStateException("query parameter '" + name + "' is added twice");
    }
  }

  private static String text(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC)
          .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
    return String.valueOf(value);
  }
}
