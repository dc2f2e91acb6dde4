package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ConversationRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record ConversationRequestValue(
    @Nullable ConversationInputs inputs,
    @Nullable Boolean store,
    @JsonProperty("handoff_execution") @Nullable HandoffExecution handoffExecution,
    @Nullable String instructions,
    @Nullable List<AgentTool> tools,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    @Nullable List<GuardrailConfig> guardrails,
    @Nullable String name,
    @Nullable String description,
    @Nullable Map<String, Object> metadata,
    @JsonProperty("agent_id") @Nullable String agentId,
    @JsonProperty("agent_version") @Nullable Object agentVersion,
    @Nullable String model,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ConversationRequest {

  /** Keeps the extra body read-only. */
  ConversationRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }
}
