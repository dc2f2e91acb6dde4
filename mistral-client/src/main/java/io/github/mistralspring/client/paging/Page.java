package io.github.mistralspring.client.paging;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a paged list operation: its items and whatever the API reports about where the page
 * sits in the whole listing. The spec names it after each list ({@code ListFilesOut}, {@code
 * JobsOut}, {@code BatchJobsOut}, {@code AgentListPage}, {@code VoiceListResponse}, {@code
 * ListDocumentOut}); the lists that are bare JSON arrays read as a page that reports nothing but
 * its items. Each paging value is absent (null) when the API does not report it for that list.
 *
 * @param data the items on this page, never null (an absent list reads as empty); the API names it
 *     {@code items} in some lists
 * @param object the object kind the API sends ({@code list}); absent when it sends none
 * @param total the number of items across all pages; absent when the API does not say
 * @param page the number of this page, from 0, as the API reports it
 * @param pageSize how many items a page holds, as the API reports it
 * @param totalPages how many pages there are at this page size
 * @param hasMore whether pages follow this one
 * @param nextPageToken the cursor that asks for the next page of a cursor-paged list; absent on the
 *     last page and in lists paged by number
 * @param <T> the item type
 */
public record Page<T>(
    @JsonAlias("items") List<T> data,
    @Nullable String object,
    @Nullable Long total,
    @Nullable Integer page,
    @JsonProperty("page_size") @Nullable Integer pageSize,
    @JsonProperty("total_pages") @Nullable Integer totalPages,
    @JsonProperty("has_more") @Nullable Boolean hasMore,
    @JsonProperty("next_page_token") @Nullable String nextPageToken) {

  /**
   * Copies the items; absent items read as none.
   *
   * @param data the items on this page; null reads as an empty page
   * @param object the object kind the API sends ({@code list}), absent when it sends none
   * @param total the number of items across all pages, absent when the API does not say
   * @param page the number of this page, from 0, absent when the API does not say
   * @param pageSize how many items a page holds, absent when the API does not say
   * @param totalPages how many pages there are at this page size, absent when the API does not say
   * @param hasMore whether pages follow this one, absent when the API does not say
   * @param nextPageToken the cursor of the next page, absent on the last page and in numbered lists
   */
  public Page {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /**
   * A page that reports its items, object kind and total only, as most lists of the API do.
   *
   * @param data the items on this page; null reads as none
   * @param object the object kind the API sent, absent when it sent none
   * @param total the number of items across all pages, absent when the API did not say
   */
  public Page(List<T> data, @Nullable String object, @Nullable Long total) {
    this(data, object, total, null, null, null, null, null);
  }

  /**
   * A page of these items that reports nothing else, as read from a bare JSON array.
   *
   * @param data the items on this page; null reads as none
   * @param <T> the item type
   * @return a page with these items and no paging values
   */
  public static <T> Page<T> of(List<T> data) {
    return new Page<>(data, null, null);
  }

  /**
   * Whether this page has no items.
   *
   * @return true when {@link #data()} is empty
   */
  public boolean isEmpty() {
    return data.isEmpty();
  }
}
