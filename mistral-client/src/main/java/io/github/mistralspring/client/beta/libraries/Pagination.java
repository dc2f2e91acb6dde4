package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a page of documents sits in the whole listing (the spec's {@code PaginationInfo}).
 *
 * @param totalItems how many documents match, across all pages
 * @param totalPages how many pages there are at this page size
 * @param currentPage the number of this page, from 0
 * @param pageSize the page size the listing used
 * @param hasMore whether pages follow this one
 */
public record Pagination(
    @JsonProperty("total_items") long totalItems,
    @JsonProperty("total_pages") int totalPages,
    @JsonProperty("current_page") int currentPage,
    @JsonProperty("page_size") int pageSize,
    @JsonProperty("has_more") boolean hasMore) {}
