package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.paging.Paged;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Which documents of a library to list, and how: a search, an attribute filter, the order and the
 * page. Unset values are left out of the request, so the API's defaults apply (page 0 of 100,
 * newest first). Build it with {@link #builder()}.
 */
@JsonDeserialize(as = DocumentListQueryValue.class)
public sealed interface DocumentListQuery extends Paged<DocumentListQuery>
    permits DocumentListQueryValue {

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

  /** Every document, in the API's default order and page size. */
  DocumentListQuery ALL = builder().build();

  /**
   * Starts building a query.
   *
   * @return a builder with no filter, sort or page set
   */
  static Builder builder() {
    return new Builder();
  }

  @Override
  default Builder toBuilder() {
    return builder()
        .search(search())
        .filtersAttributes(filtersAttributes())
        .sortBy(sortBy())
        .sortOrder(sortOrder())
        .page(page())
        .pageSize(pageSize());
  }

  /** Builds a {@link DocumentListQuery}. */
  final class Builder implements Paged.Builder<DocumentListQuery> {

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

    @Override
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
    @Override
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query, to pass to {@code documents().list(..)} or {@code listAll(..)}
     * @throws IllegalStateException when the page is below 0 or the page size is not from 1 to 100
     */
    @Override
    public DocumentListQuery build() {
      if (page != null && page < 0) {
        throw new IllegalStateException("DocumentListQuery.page must be 0 or more: " + page);
      }
      if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
        throw new IllegalStateException(
            "DocumentListQuery.pageSize must be from 1 to 100 (the API's limit): " + pageSize);
      }
      return new DocumentListQueryValue(
          search, filtersAttributes, sortBy, sortOrder, page, pageSize);
    }
  }
}
