package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A built-in tool started running ({@code type: tool.execution.started}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param model the model that used the tool
 * @param agentId the agent that used the tool, if any
 * @param name the tool's name
 * @param arguments the tool's arguments as JSON text, or their first piece
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolExecutionStartedEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    String name,
    String arguments,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "tool.execution.started";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
