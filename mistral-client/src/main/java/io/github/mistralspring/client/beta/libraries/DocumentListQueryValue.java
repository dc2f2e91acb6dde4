package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.internal.values.QueryParameters;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link DocumentListQuery}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record DocumentListQueryValue(
    @Nullable String search,
    @Nullable String filtersAttributes,
    @Nullable String sortBy,
    @Nullable String sortOrder,
    @Nullable Integer page,
    @Nullable Integer pageSize)
    implements DocumentListQuery {

  @Override
  public Map<String, List<String>> queryParameters() {
    return QueryParameters.paged(page, pageSize)
        .add("search", search)
        .add("filters_attributes", filtersAttributes)
        .add("sort_by", sortBy)
        .add("sort_order", sortOrder)
        .toMap();
  }
}
