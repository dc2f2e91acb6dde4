package io.github.mistralspring.client.beta.agents;

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
 * The value behind {@link AgentRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record AgentRequestValue(
    @Nullable String instructions,
    @Nullable List<AgentTool> tools,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    @Nullable List<GuardrailConfig> guardrails,
    @Nullable String model,
    @Nullable String name,
    @Nullable String description,
    @Nullable List<String> handoffs,
    @JsonProperty("deployment_chat") @Nullable Boolean deploymentChat,
    @Nullable Map<String, Object> metadata,
    @JsonProperty("version_message") @Nullable String versionMessage,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements AgentRequest {

  /** Keeps the lists and maps read-only. */
  AgentRequestValue {
    tools = tools == null ? null : List.copyOf(tools);
    handoffs = handoffs == null ? null : List.copyOf(handoffs);
    extraBody = ReadOnly.map(extraBody);
  }
}
