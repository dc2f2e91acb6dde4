package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A built-in tool finished running ({@code type: tool.execution.done}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param name the tool's name
 * @param info what the tool reported, as JSON
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolExecutionDoneEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    String name,
    Map<String, Object> info,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /**
   * Keeps the info read-only; absent info reads as empty.
   *
   * @param outputIndex the position of the output entry this event belongs to
   * @param id the id of the output entry this event belongs to
   * @param name the tool's name
   * @param info what the tool reported, as JSON
   * @param createdAt when the event was created
   */
  public ToolExecutionDoneEvent {
    info = ReadOnly.map(info);
  }

  /** The wire value of this event's type. */
  public static final String TYPE = "tool.execution.done";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
