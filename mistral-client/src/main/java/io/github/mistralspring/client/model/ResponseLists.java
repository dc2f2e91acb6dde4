package io.github.mistralspring.client.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How response types hold the lists Jackson reads for them: read-only, never null, without null
 * entries. Used in the compact constructors of responses and stream chunks, which are built once
 * per network event, so the common case (no nulls, one entry) allocates next to nothing.
 */
public final class ResponseLists {

  private ResponseLists() {}

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
