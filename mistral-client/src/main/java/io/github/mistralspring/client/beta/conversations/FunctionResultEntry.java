package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The client's answer to a {@link FunctionCallEntry} ({@code type: function.result}).
 *
 * @param toolCallId the {@code tool_call_id} of the call answered
 * @param result the result, as text (often JSON)
 * @param id the entry's id; absent on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FunctionResultEntry(
    @JsonProperty("tool_call_id") String toolCallId,
    String result,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "function.result";

  /**
   * Creates the answer to a call.
   *
   * @param toolCallId the id of the call answered, as {@link FunctionCallEntry#toolCallId()} gives
   *     it
   * @param result the result, as text (JSON or not)
   * @return the entry, to append to the conversation
   */
  public static FunctionResultEntry of(String toolCallId, String result) {
    return new FunctionResultEntry(toolCallId, result, null, null, null, null);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
