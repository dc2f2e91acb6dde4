package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a conversation answered to a start, append or restart: the new output entries and the tokens
 * used.
 *
 * @param object always {@code conversation.response}
 * @param conversationId the conversation's id, to append to it
 * @param outputs the entries the model or agents produced, in order
 * @param usage the tokens used
 * @param guardrails the guardrail results, as JSON; empty when none ran
 */
public record ConversationResponse(
    @Nullable String object,
    @JsonProperty("conversation_id") String conversationId,
    List<ConversationEntry> outputs,
    ConversationUsageInfo usage,
    List<Map<String, Object>> guardrails) {

  /**
   * Keeps the outputs read-only; absent outputs become an empty list.
   *
   * @param object always {@code conversation.response}
   * @param conversationId the conversation's id, to append to it
   * @param outputs the entries the model or agents produced, in order
   * @param usage the tokens used
   * @param guardrails the guardrail results, as JSON; empty when none ran
   */
  public ConversationResponse {
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    guardrails = ReadOnly.withoutNulls(guardrails);
  }

  /**
   * Returns the function calls among the outputs, which the client is asked to answer.
   *
   * @return the {@code function.call} entries of the outputs, in order; empty when there are none
   */
  public List<FunctionCallEntry> functionCalls() {
    List<FunctionCallEntry> calls = new ArrayList<>();
    for (ConversationEntry entry : outputs) {
      if (entry instanceof FunctionCallEntry call) {
        calls.add(call);
      }
    }
    return calls;
  }

  /**
   * Returns the text of the last message output; absent when there is none.
   *
   * @return the text of the last message output; absent when the outputs hold no message
   */
  public @Nullable String text() {
    for (int i = outputs.size() - 1; i >= 0; i--) {
      if (outputs.get(i) instanceof MessageOutputEntry message) {
        return message.text();
      }
    }
    return null;
  }
}
