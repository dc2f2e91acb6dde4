package io.github.mistralspring.client.audio.voices;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page of voices (spec {@code VoiceListResponse}).
 *
 * @param items the voices of this page
 * @param total how many voices there are across all pages
 * @param page the number of this page, from 0
 * @param pageSize how many voices a page holds
 * @param totalPages how many pages there are
 */
public record VoiceList(
    List<Voice> items,
    long total,
    int page,
    @JsonProperty("page_size") int pageSize,
    @JsonProperty("total_pages") int totalPages) {

  /** Copies the voices; absent ones read as none. */
  public VoiceList {
    items = items == null ? List.of() : List.copyOf(items);
  }
}
