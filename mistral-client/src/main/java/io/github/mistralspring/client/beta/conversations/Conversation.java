package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A stored conversation, with a model (then {@code model} and its settings are set) or with an
 * agent (then {@code agentId} is set).
 *
 * @param object always {@code conversation}
 * @param id the conversation's id
 * @param createdAt when the conversation was started
 * @param updatedAt when it last changed
 * @param name its name, if given
 * @param description its description, if given
 * @param metadata free-form metadata
 * @param model the model, for a conversation with a model
 * @param instructions the instructions, for a conversation with a model
 * @param tools the tools, for a conversation with a model
 * @param completionArgs the completion arguments, for a conversation with a model
 * @param guardrails the guardrails, for a conversation with a model
 * @param agentId the agent, for a conversation with an agent
 * @param agentVersion the agent's version (a number or a name), for a conversation with an agent
 */
public record Conversation(
    @Nullable String object,
    String id,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("updated_at") OffsetDateTime updatedAt,
    @Nullable String name,
    @Nullable String description,
    Map<String, Object> metadata,
    @Nullable String model,
    @Nullable String instructions,
    List<AgentTool> tools,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    @JsonProperty("agent_id") @Nullable String agentId,
    @JsonProperty("agent_version") @Nullable Object agentVersion) {
  /**
   * Keeps the lists and the metadata read-only; absent ones read as empty.
   *
   * @param object always {@code conversation}
   * @param id the conversation's id
   * @param createdAt when the conversation was started
   * @param updatedAt when it last changed
   * @param name its name, if given
   * @param description its description, if given
   * @param metadata free-form metadata
   * @param model the model, for a conversation with a model
   * @param instructions the instructions, for a conversation with a model
   * @param tools the tools, for a conversation with a model
   * @param completionArgs the completion arguments, for a conversation with a model
   * @param guardrails the guardrails, for a conversation with a model
   * @param agentId the agent, for a conversation with an agent
   * @param agentVersion the agent's version (a number or a name), for a conversation with an agent
   */
  public Conversation {
    tools = ReadOnly.withoutNulls(tools);
    guardrails = ReadOnly.withoutNulls(guardrails);
    metadata = ReadOnly.map(metadata);
  }
}
