package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One agent handed the conversation to another ({@code type: agent.handoff}).
 *
 * @param previousAgentId the agent that handed over
 * @param previousAgentName its name
 * @param nextAgentId the agent that took over
 * @param nextAgentName its name
 * @param id the entry's id; absent on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record AgentHandoffEntry(
    @JsonProperty("previous_agent_id") String previousAgentId,
    @JsonProperty("previous_agent_name") String previousAgentName,
    @JsonProperty("next_agent_id") String nextAgentId,
    @JsonProperty("next_agent_name") String nextAgentName,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "agent.handoff";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
