package io.github.mistralspring.client.internal.values;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How value types hold the lists and maps they are given or Jackson reads for them: read-only and
 * never null. Used in the compact constructors of requests, responses and stream chunks, which for
 * responses are built once per network event, so the common cases (nothing, one entry) allocate
 * next to nothing.
 */
public final class ReadOnly {

  private ReadOnly() {}

  /**
   * The map as a read-only copy that keeps its order; an absent map reads as an empty one. Null
   * values are kept (a response may carry them, a request's extra body may send them).
   *
   * @param map the map as given or read, possibly null
   * @param <K> the key type
   * @param <V> the value type
   * @return an empty map, or a read-only copy of the map in its order
   */
  public static <K, V extends @Nullable Object> Map<K, V> map(
      @Nullable Map<? extends K, ? extends V> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * The list read-only and without null entries; an absent list reads as an empty one.
   *
   * @param list the list as read, possibly null or with null entries; it must not be changed
   *     afterwards (Jackson's freshly built lists are not)
   * @param <T> the entry type
   * @return a read-only view of the list, or a copy without its null entries
   */
  public static <T> List<T> withoutNulls(@Nullable List<? extends @Nullable T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (list.size() == 1) {
      T only = list.get(0);
      return only == null ? List.of() : List.of(only);
    }
    for (T entry : list) {
      if (entry == null) {
        return Collections.unmodifiableList(list.stream().filter(Objects::nonNull).toList());
      }
    }
    return Collections.unmodifiableList(list);
  }
}
