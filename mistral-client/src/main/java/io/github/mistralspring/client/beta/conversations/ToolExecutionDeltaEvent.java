package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A further piece of a running built-in tool's arguments ({@code type: tool.execution.delta}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param name the tool's name
 * @param arguments the next piece of the arguments
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolExecutionDeltaEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    String name,
    String arguments,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "tool.execution.delta";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
