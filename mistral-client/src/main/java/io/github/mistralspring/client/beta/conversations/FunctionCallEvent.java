package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A piece of a function call: its name and id, and the next piece of its arguments ({@code type:
 * function.call.delta}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param model the model that made the call
 * @param agentId the agent that made the call, if any
 * @param name the function's name
 * @param toolCallId the id to answer the call with
 * @param arguments the next piece of the arguments, as JSON text
 * @param confirmationStatus the confirmation status when the call needs one
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FunctionCallEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    String name,
    @JsonProperty("tool_call_id") String toolCallId,
    String arguments,
    @JsonProperty("confirmation_status") @Nullable String confirmationStatus,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "function.call.delta";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
