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

  /** Starts building a query. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to change some of them. */
  Builder toBuilder();

  /** This query for another page. */
  DocumentListQuery withPage(int page);

  /** Builds a {@link DocumentListQuery}. */
  final class Builder {

    private String search;
    private String filtersAttributes;
    private String sortBy;
    private String sortOrder;
    private Integer page;
    private Integer pageSize;

    Builder() {}

    /** Text the documents' names must contain. */
    public Builder search(String search) {
      this.search = search;
      return this;
    }

    /** A filter on the documents' attributes, as the API's JSON filter expression. */
    public Builder filtersAttributes(String filtersAttributes) {
      this.filtersAttributes = filtersAttributes;
      return this;
    }

    /** The field to sort by, such as {@code created_at}. */
    public Builder sortBy(String sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /** {@code asc} or {@code desc}. */
    public Builder sortOrder(String sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /** The page to list, from 0. */
    public Builder page(Integer page) {
      this.page = page;
      return this;
    }

    /** The page size, 1 to 100. */
    public Builder pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Builds the query; throws when the page or page size is out of range. */
    public DocumentListQuery build() {
      return new DocumentListQueryValue(
          search, filtersAttributes, sortBy, sortOrder, page, pageSize);
    }
  }
}
