package io.github.mistralspring.client.agents;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Stop;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolChoice;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link AgentsCompletionRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record AgentsCompletionRequestValue(
    @JsonProperty("max_tokens") @Nullable Integer maxTokens,
    @Nullable Stop stop,
    @JsonProperty("random_seed") @Nullable Long randomSeed,
    @Nullable Map<String, Object> metadata,
    @Nullable List<ChatMessage> messages,
    @JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
    @Nullable List<Tool> tools,
    @JsonProperty("tool_choice") @Nullable ToolChoice toolChoice,
    @JsonProperty("presence_penalty") @Nullable Double presencePenalty,
    @JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
    @Nullable Integer n,
    @Nullable Prediction prediction,
    @JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
    @JsonProperty("prompt_mode") @Nullable PromptMode promptMode,
    @JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
    @JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
    @JsonProperty("agent_id") @Nullable String agentId,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements AgentsCompletionRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  AgentsCompletionRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }
}
