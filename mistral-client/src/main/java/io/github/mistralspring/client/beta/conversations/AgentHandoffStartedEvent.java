package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An agent started handing the conversation over ({@code type: agent.handoff.started}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param previousAgentId the agent handing over
 * @param previousAgentName its name
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record AgentHandoffStartedEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    @JsonProperty("previous_agent_id") String previousAgentId,
    @JsonProperty("previous_agent_name") String previousAgentName,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "agent.handoff.started";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
