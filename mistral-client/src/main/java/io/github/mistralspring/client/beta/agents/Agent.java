package io.github.mistralspring.client.beta.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * An agent as the API describes it: its settings and its version history.
 *
 * @param instructions the agent's instructions (its system prompt)
 * @param tools the tools the agent may use
 * @param completionArgs the agent's sampling and output settings
 * @param guardrails the moderation guardrails applied to the agent
 * @param model the model the agent runs on
 * @param name the agent's name
 * @param description what the agent is for
 * @param handoffs the ids of the agents this one may hand a conversation to
 * @param metadata free-form metadata
 * @param object always {@code agent}
 * @param id the agent's id
 * @param version the agent's current version
 * @param versions every version of the agent
 * @param createdAt when the agent was created
 * @param updatedAt when the agent was last changed
 * @param deploymentChat whether the agent is offered in Le Chat
 * @param source where the agent was created
 * @param versionMessage a note describing the current version
 */
public record Agent(
    String instructions,
    List<AgentTool> tools,
    @JsonProperty("completion_args") CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    String model,
    String name,
    String description,
    List<String> handoffs,
    Map<String, Object> metadata,
    String object,
    String id,
    Integer version,
    List<Integer> versions,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("updated_at") OffsetDateTime updatedAt,
    @JsonProperty("deployment_chat") Boolean deploymentChat,
    String source,
    @JsonProperty("version_message") String versionMessage) {}
