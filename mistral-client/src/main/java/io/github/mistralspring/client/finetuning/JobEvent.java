package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * Something that happened to a fine-tuning job, such as a change of status.
 *
 * <p>The specification names it {@code EventOut}.
 *
 * @param name the event's name, such as {@code status-updated}
 * @param data the event's data
 * @param createdAt when it happened, in seconds since the epoch
 */
public record JobEvent(
    String name, Map<String, Object> data, @JsonProperty("created_at") Long createdAt) {}
