package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.model.MessageContent;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A message given to the conversation, usually by the user ({@code type: message.input}).
 *
 * @param role {@code user} or {@code assistant}
 * @param content the message, as text or chunks
 * @param prefix whether an assistant message is a prefix the model must continue
 * @param id the entry's id; absent on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record MessageInputEntry(
    String role,
    MessageContent content,
    @Nullable Boolean prefix,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "message.input";

  /**
   * Creates a user message from text.
   *
   * @param text the message's text
   * @return the entry, to send as an input
   */
  public static MessageInputEntry user(String text) {
    return user(MessageContent.of(text));
  }

  /**
   * Creates a user message from content.
   *
   * @param content the message's content, text or chunks
   * @return the entry, to send as an input
   */
  public static MessageInputEntry user(MessageContent content) {
    return new MessageInputEntry("user", content, null, null, null, null, null);
  }

  /**
   * Creates an assistant message from text, as context for the model.
   *
   * @param text the message's text
   * @return the entry, to send as an input
   */
  public static MessageInputEntry assistant(String text) {
    return new MessageInputEntry(
        "assistant", MessageContent.of(text), null, null, null, null, null);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
