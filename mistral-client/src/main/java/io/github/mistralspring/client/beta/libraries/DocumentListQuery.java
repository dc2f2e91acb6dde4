package io.github.mistralspring.client.beta.libraries;

/**
 * Which documents of a library to list, and how: a search, an attribute filter, the order and the
 * page. Unset values are left out of the request, so the API's defaults apply (page 0 of 100,
 * newest first). Build it with {@link #builder()}.
 *
 * @param search text the documents' names must contain, or null
 * @param filtersAttributes a filter on the documents' attributes, as the API's JSON filter
 *     expression, or null
 * @param sortBy the field to sort by, such as {@code created_at} (the default), or null
 * @param sortOrder {@code asc} or {@code desc} (the default), or null
 * @param page the page to list, from 0, or null for the first
 * @param pageSize the page size, 1 to 100, or null for the API's default (100)
 */
public record DocumentListQuery(
    String search,
    String filtersAttributes,
    String sortBy,
    String sortOrder,
    Integer page,
    Integer pageSize) {

  /** Every document, in the API's default order and page size. */
  public static final DocumentListQuery ALL = builder().build();

  /** Checks the page and page size. */
  public DocumentListQuery {
    if (page != null && page < 0) {
      throw new IllegalArgumentException("page must be 0 or more: " + page);
    }
    if (pageSize != null && (pageSize < 1 || pageSize > 100)) {
      throw new IllegalArgumentException(
          "pageSize must be from 1 to 100 (the API's limit): " + pageSize);
    }
  }

  /** Starts building a query. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's values, to change some of them. */
  public Builder toBuilder() {
    return builder()
        .search(search)
        .filtersAttributes(filtersAttributes)
        .sortBy(sortBy)
        .sortOrder(sortOrder)
        .page(page)
        .pageSize(pageSize);
  }

  /** This query for another page. */
  public DocumentListQuery withPage(int page) {
    return toBuilder().page(page).build();
  }

  /** Builds a {@link DocumentListQuery}. */
  public static final class Builder {

    private String search;
    private String filtersAttributes;
    private String sortBy;
    private String sortOrder;
    private Integer page;
    private Integer pageSize;

    private Builder() {}

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
      return new DocumentListQuery(search, filtersAttributes, sortBy, sortOrder, page, pageSize);
    }
  }
}
