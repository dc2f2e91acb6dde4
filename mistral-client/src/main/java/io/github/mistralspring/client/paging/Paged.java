package io.github.mistralspring.client.paging;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every query of a list paged by number shares ({@code FileListQuery}, {@code
 * FineTuningJobListQuery}, {@code BatchJobListQuery}, {@code DocumentListQuery}): the page it asks
 * for and its size, a copy of it for another page, and the query parameters it is sent as. A lazy
 * {@code listAll(query)} starts at the query's page and asks for each next one with {@link
 * #withPage(int)}.
 *
 * @param <Q> the query type itself
 */
public interface Paged<Q extends Paged<Q>> {

  /**
   * The page to list, from 0; absent for the first.
   *
   * @return the page to list, from 0; null when the query leaves it to the API (the first page)
   */
  @Nullable Integer page();

  /**
   * How many items a page holds; absent for the API's default (100).
   *
   * @return the page size the query asks for; null when it leaves it to the API
   */
  @Nullable Integer pageSize();

  /**
   * A builder holding this query's values, to derive a changed copy.
   *
   * @return a builder that starts from this query
   */
  Builder<Q> toBuilder();

  /**
   * This query for another page, every other value kept.
   *
   * @param page the page to list, from 0
   * @return a copy of this query that lists that page
   */
  default Q withPage(int page) {
    return toBuilder().page(page).build();
  }

  /**
   * The query parameters this query is sent as, by the names the API gives them, in the order the
   * spec lists them. A value the query leaves unset is absent; a list is sent as the parameter
   * repeated, one value per entry; a time is written in UTC (ISO 8601).
   *
   * @return read-only: each parameter's name and the values it is sent with, in order
   */
  Map<String, List<String>> queryParameters();

  /**
   * What every builder of a paged query shares: the page and its size.
   *
   * @param <Q> the query type it builds
   */
  interface Builder<Q extends Paged<Q>> {

    /**
     * Sets the page to list.
     *
     * @param page the page, from 0; null for the first
     * @return this builder
     */
    Builder<Q> page(@Nullable Integer page);

    /**
     * Sets how many items a page holds.
     *
     * @param pageSize the page size; null for the API's default
     * @return this builder
     */
    Builder<Q> pageSize(@Nullable Integer pageSize);

    /**
     * Builds the query.
     *
     * @return the query, to pass to {@code list(..)} or {@code listAll(..)}
     */
    Q build();
  }
}
