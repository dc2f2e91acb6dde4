package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The messages of a conversation only (its input and output messages), in order.
 *
 * @param object always {@code conversation.messages}
 * @param conversationId the conversation's id
 * @param messages the messages, oldest first
 */
public record ConversationMessages(
    @Nullable String object,
    @JsonProperty("conversation_id") String conversationId,
    List<ConversationEntry> messages) {

  /**
   * Keeps the messages read-only; absent messages become an empty list.
   *
   * @param object always {@code conversation.messages}
   * @param conversationId the conversation's id
   * @param messages the messages, oldest first
   */
  public ConversationMessages {
    messages = messages == null ? List.of() : List.copyOf(messages);
  }
}
