package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Which documents of a library to list, and how: a search, an attribute filter, the order and the
 * page. Unset values are left out of the request, so the API's defaults apply (page 0 of 100,
 * newest first). Build it with {@link #builder()}.
 */
@JsonDeserialize(as = DocumentListQueryValue.class)
public sealed interface DocumentListQuery permits DocumentListQueryValue {

  /**
   * Text the documents' names must contain.
   *
   * @return text the documents' names must contain
   */
  @Nullable String search();

  /**
   * A filter on the documents' attributes, as the API's JSON filter expression.
   *
   * @return a filter on the documents' attributes, as the API's JSON filter expression
   */
  @Nullable String filtersAttributes();

  /**
   * The field to sort by, such as {@code created_at} (the default).
   *
   * @return the field to sort by, such as {@code created_at} (the default)
   */
  @Nullable String sortBy();

  /**
   * {@code asc} or {@code desc} (the default).
   *
   * @return {@code asc} or {@code desc} (the default)
   */
  @Nullable String sortOrder();

  /**
   * The page to list, from 0; absent for the first.
   *
   * @return the page to list, from 0; absent for the first
   */
  @Nullable Integer page();

  /**
   * The page size, 1 to 100; absent for the API's default (100).
   *
   * @return the page size, 1 to 100; absent for the API's default (100)
   */
  @Nullable Integer pageSize();

  /** Every document, in the API's default order and page size. */
  public static final DocumentListQuery ALL = builder().build();

  /**
   * Starts building a query.
   *
   * @return a builder with no filter, sort or page set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values, to change some of them.
   *
   * @return a builder that starts from this query's values
   */
  Builder toBuilder();

  /**
   * This query for another page.
   *
   * @param page the page to list, from 0
   * @return a copy of this query that lists that page
   */
  DocumentListQuery withPage(int page);

  /** Builds a {@link DocumentListQuery}. */
  final class Builder {

    private @Nullable String search;
    private @Nullable String filtersAttributes;
    private @Nullable String sortBy;
    private @Nullable String sortOrder;
    private @Nullable Integer page;
    private @Nullable Integer pageSize;

    Builder() {}

    /**
     * Text the documents' names must contain.
     *
     * @param search text the documents' names must contain; null to not filter on it
     * @return this builder
     */
    public Builder search(@Nullable String search) {
      this.search = search;
      return this;
    }

    /**
     * A filter on the documents' attributes, as the API's JSON filter expression.
     *
     * @param filtersAttributes the JSON filter expression; null to not filter on attributes
     * @return this builder
     */
    public Builder filtersAttributes(@Nullable String filtersAttributes) {
      this.filtersAttributes = filtersAttributes;
      return this;
    }

    /**
     * The field to sort by, such as {@code created_at}.
     *
     * @param sortBy the field name, such as {@code created_at}; null for the API's default
     * @return this builder
     */
    public Builder sortBy(@Nullable String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * {@code asc} or {@code desc}.
     *
     * @param sortOrder {@code asc} or {@code desc}; null for the API's default (newest first)
     * @return this builder
     */
    public Builder sortOrder(@Nullable String sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * The page to list, from 0.
     *
     * @param page the page, from 0; null for the first
     * @return this builder
     */
    public Builder page(@Nullable Integer page) {
      this.page = page;
      return this;
    }

    /**
     * The page size, 1 to 100.
     *
     * @param pageSize how many documents a page holds, 1 to 100; null for the API's default
     * @return this builder
     */
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the query; throws when the page or page size is out of range.
     *
     * @return the query, to pass to {@code documents().list(..)} or {@code listAll(..)}
     */
    public DocumentListQuery build() {
      return new DocumentListQueryValue(
          search, filtersAttributes, sortBy, sortOrder, page, pageSize);
    }
  }
}
