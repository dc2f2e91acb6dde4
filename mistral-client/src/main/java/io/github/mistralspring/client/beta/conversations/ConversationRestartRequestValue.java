package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ConversationRestartRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record ConversationRestartRequestValue(
    @Nullable ConversationInputs inputs,
    @Nullable Boolean store,
    @JsonProperty("handoff_execution") @Nullable HandoffExecution handoffExecution,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    @Nullable List<GuardrailConfig> guardrails,
    @Nullable Map<String, Object> metadata,
    @JsonProperty("from_entry_id") @Nullable String fromEntryId,
    @JsonProperty("agent_version") @Nullable Object agentVersion,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ConversationRestartRequest {

  /** Keeps the extra body read-only. */
  ConversationRestartRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }
}
