package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The response is complete; the last event of a whole stream ({@code type:
 * conversation.response.done}).
 *
 * @param usage the tokens the response used
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ResponseDoneEvent(
    ConversationUsageInfo usage, @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "conversation.response.done";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
