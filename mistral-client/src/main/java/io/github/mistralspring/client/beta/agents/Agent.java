package io.github.mistralspring.client.beta.agents;

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
 * An agent as the API describes it (the spec's {@code Agent}): its settings and its version
 * history. Lists and the metadata are never null: what the API omits reads as empty.
 *
 * @param instructions the agent's instructions (its system prompt); absent when it has none
 * @param tools the tools the agent may use, none when it has none
 * @param completionArgs the agent's sampling and output settings; absent when the API sent none
 * @param guardrails the moderation guardrails applied to the agent, none when it has none
 * @param model the model the agent runs on
 * @param name the agent's name
 * @param description what the agent is for; absent when it has no description
 * @param handoffs the ids of the agents this one may hand a conversation to, none when it has none
 * @param metadata free-form metadata, empty when it has none
 * @param object always {@code agent}; absent when the API did not send it
 * @param id the agent's id
 * @param version the agent's current version
 * @param versions every version of the agent
 * @param createdAt when the agent was created
 * @param updatedAt when the agent was last changed
 * @param deploymentChat whether the agent is offered in Le Chat
 * @param source where the agent was created
 * @param versionMessage a note describing the current version; absent when it has none
 */
public record Agent(
    @Nullable String instructions,
    List<AgentTool> tools,
    @JsonProperty("completion_args") @Nullable CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    String model,
    String name,
    @Nullable String description,
    List<String> handoffs,
    Map<String, @Nullable Object> metadata,
    @Nullable String object,
    String id,
    Integer version,
    List<Integer> versions,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("updated_at") OffsetDateTime updatedAt,
    @JsonProperty("deployment_chat") Boolean deploymentChat,
    String source,
    @JsonProperty("version_message") @Nullable String versionMessage) {

  /**
   * Reads absent lists and metadata as empty ones, so that none of them is ever null.
   *
   * @param instructions the {@link #instructions()} the API sent
   * @param tools the {@link #tools()} the API sent
   * @param completionArgs the {@link #completionArgs()} the API sent
   * @param guardrails the {@link #guardrails()} the API sent
   * @param model the {@link #model()} the API sent
   * @param name the {@link #name()} the API sent
   * @param description the {@link #description()} the API sent
   * @param handoffs the {@link #handoffs()} the API sent
   * @param metadata the {@link #metadata()} the API sent
   * @param object the {@link #object()} the API sent
   * @param id the {@link #id()} the API sent
   * @param version the {@link #version()} the API sent
   * @param versions the {@link #versions()} the API sent
   * @param createdAt the {@link #createdAt()} the API sent
   * @param updatedAt the {@link #updatedAt()} the API sent
   * @param deploymentChat the {@link #deploymentChat()} the API sent
   * @param source the {@link #source()} the API sent
   * @param versionMessage the {@link #versionMessage()} the API sent
   */
  public Agent {
    tools = ReadOnly.withoutNulls(tools);
    guardrails = ReadOnly.withoutNulls(guardrails);
    handoffs = ReadOnly.withoutNulls(handoffs);
    versions = ReadOnly.withoutNulls(versions);
    metadata = ReadOnly.map(metadata);
  }
}
