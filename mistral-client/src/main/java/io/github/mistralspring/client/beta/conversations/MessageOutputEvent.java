package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.model.MessageContent;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A piece of a message output: text, or one content chunk ({@code type: message.output.delta}).
 *
 * @param outputIndex the position of the output entry this event belongs to
 * @param id the id of the output entry this event belongs to
 * @param contentIndex the position, within the message, of the chunk this piece belongs to
 * @param model the model that answered
 * @param agentId the agent that answered, if any
 * @param role always {@code assistant}
 * @param content the piece: text, or a single chunk read as a one-chunk list
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageOutputEvent(
    @JsonProperty("output_index") @Nullable Integer outputIndex,
    String id,
    @JsonProperty("content_index") @Nullable Integer contentIndex,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @Nullable String role,
    @JsonDeserialize(using = DeltaContentDeserializer.class) MessageContent content,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "message.output.delta";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
