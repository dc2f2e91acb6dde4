package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The response failed; the stream fails with a {@link ConversationStreamException} carrying it
 * ({@code type: conversation.response.error}).
 *
 * @param message what went wrong
 * @param code the error code
 * @param createdAt when the event was created
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ResponseErrorEvent(
    String message, Integer code, @JsonProperty("created_at") @Nullable OffsetDateTime createdAt)
    implements ConversationEvent {

  /** The wire value of this event's type. */
  public static final String TYPE = "conversation.response.error";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
