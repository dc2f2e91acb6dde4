package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ConversationAppendRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record ConversationAppendRequestValue(
    @Nullable ConversationInputs inputs,
    @Nullable Boolean store,
    @JsonProperty("handoff_execution") @Nullable HandoffExecution handoffExecution,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    @JsonProperty("tool_confirmations") @Nullable List<ToolCallConfirmation> toolConfirmations,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ConversationAppendRequest {

  /** Keeps the extra body read-only. */
  ConversationAppendRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }
}
