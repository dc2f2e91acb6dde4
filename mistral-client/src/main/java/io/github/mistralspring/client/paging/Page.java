package io.github.mistralspring.client.paging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged list operation: its items and, when the API reports it, the number of items
 * across all pages. The spec names it after each list ({@code ListFilesOut}, {@code JobsOut},
 * {@code BatchJobsOut}); the agents and conversations lists are bare JSON arrays, read as a page
 * whose {@link #total()} is unknown.
 *
 * @param data the items on this page, never null (an absent list reads as empty)
 * @param object the object kind the API sends ({@code list}); absent when it sends none
 * @param total the number of items across all pages; absent when the API does not say
 * @param <T> the item type
 */
public record Page<T>(List<T> data, @Nullable String object, @Nullable Long total) {

  /**
   * Copies the items; absent items read as none.
   *
   * @param data the items on this page; null reads as an empty page
   * @param object the object kind the API sends ({@code list}), absent when it sends none
   * @param total the number of items across all pages, absent when the API does not say
   */
  public Page {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /**
   * A page of these items whose total is unknown, as read from a bare JSON array.
   *
   * @param data the items of the page, in the order the API sent them
   * @param <T> the item type
   * @return a page of a copy of {@code data}, with no object kind and no total
   */
  public static <T> Page<T> of(List<T> data) {
    return new Page<>(data, null, null);
  }

  /**
   * Whether this page has no items.
   *
   * @return true when {@link #data()} is empty, as on the page after the last one
   */
  public boolean isEmpty() {
    return data.isEmpty();
  }
}
