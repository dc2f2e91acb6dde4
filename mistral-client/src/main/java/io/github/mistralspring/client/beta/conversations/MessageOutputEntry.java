package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.model.MessageContent;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A message the model or an agent answered with ({@code type: message.output}).
 *
 * @param role always {@code assistant}
 * @param content the answer, as text or chunks (text, tool files, tool references, …)
 * @param model the model that answered
 * @param agentId the agent that answered, if any
 * @param id the entry's id; absent on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageOutputEntry(
    @Nullable String role,
    MessageContent content,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "message.output";

  /**
   * Returns the text of the answer, thinking and non-text chunks excluded.
   *
   * @return the answer's text; empty when it has no text
   */
  public String text() {
    return content == null ? "" : content.text();
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
