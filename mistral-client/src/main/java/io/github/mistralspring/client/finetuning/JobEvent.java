package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a fine-tuning job, such as a change of status.
 *
 * <p>The specification names it {@code EventOut}.
 *
 * @param name the event's name, such as {@code status-updated}
 * @param data the event's data, by JSON name; empty when the event has none
 * @param createdAt when it happened, in seconds since the epoch
 */
public record JobEvent(
    String name, Map<String, @Nullable Object> data, @JsonProperty("created_at") Long createdAt) {

  /**
   * Absent data reads as an empty map.
   *
   * @param name the event's name, such as {@code status-updated}
   * @param data the event's data, by JSON name; empty when the event has none
   * @param createdAt when it happened, in seconds since the epoch
   */
  public JobEvent {
    data = ReadOnly.map(data);
  }
}
