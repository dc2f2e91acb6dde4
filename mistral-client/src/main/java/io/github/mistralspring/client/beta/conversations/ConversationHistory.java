package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every entry of a conversation, in order: inputs, outputs, function calls and results, tool
 * executions and hand-offs.
 *
 * @param object always {@code conversation.history}
 * @param conversationId the conversation's id
 * @param entries the entries, oldest first
 */
public record ConversationHistory(
    @Nullable String object,
    @JsonProperty("conversation_id") String conversationId,
    List<ConversationEntry> entries) {

  /**
   * Keeps the entries read-only; absent entries become an empty list.
   *
   * @param object always {@code conversation.history}
   * @param conversationId the conversation's id
   * @param entries the entries, oldest first
   */
  public ConversationHistory {
    entries = entries == null ? List.of() : List.copyOf(entries);
  }
}
