package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The settings an agent creation ({@link AgentRequest}) and an agent update ({@link
 * AgentUpdateRequest}) share. An unset (null) setting is left out of the JSON: a creation then
 * takes the API's default, an update keeps the agent's current value.
 */
public interface AgentParameters {

  /**
   * The agent's instructions, its system prompt.
   *
   * @return the instructions; null when unset
   */
  @Nullable String instructions();

  /**
   * The tools the agent may use.
   *
   * @return the tools; null when unset
   */
  @Nullable List<AgentTool> tools();

  /**
   * The agent's sampling and output settings ({@code completion_args}).
   *
   * @return the completion arguments; null when unset, so the API's defaults apply
   */
  @Nullable CompletionArgs completionArgs();

  /**
   * The moderation guardrails the agent applies.
   *
   * @return the guardrails; null when unset
   */
  @Nullable List<GuardrailConfig> guardrails();

  /**
   * The model the agent answers with, e.g. {@code mistral-medium-latest}.
   *
   * @return the model's name; null when unset (a creation refuses that)
   */
  @Nullable String model();

  /**
   * The agent's name.
   *
   * @return the name; null when unset (a creation refuses that)
   */
  @Nullable String name();

  /**
   * What the agent is for, in words.
   *
   * @return the description; null when unset
   */
  @Nullable String description();

  /**
   * The ids of the agents this one may hand a conversation to.
   *
   * @return the agent ids; null when unset
   */
  @Nullable List<String> handoffs();

  /**
   * Whether the agent is offered in Le Chat ({@code deployment_chat}).
   *
   * @return true to offer it; null when unset, so the API's default applies
   */
  @Nullable Boolean deploymentChat();

  /**
   * Free-form metadata stored with the agent.
   *
   * @return the metadata; null when unset
   */
  @Nullable Map<String, Object> metadata();

  /**
   * A note describing the version this request creates ({@code version_message}).
   *
   * @return the note; null when unset
   */
  @Nullable String versionMessage();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by JSON name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();
}
