package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A request to change an agent, which creates a new version; only the fields set are changed. */
@JsonDeserialize(as = AgentUpdateRequestValue.class)
public sealed interface AgentUpdateRequest permits AgentUpdateRequestValue {

  /**
   * The agent's instructions (its system prompt).
   *
   * @return the agent's instructions (its system prompt)
   */
  @Nullable String instructions();

  /**
   * The tools the agent may use.
   *
   * @return the tools the agent may use
   */
  @Nullable List<AgentTool> tools();

  /**
   * The agent's sampling and output settings.
   *
   * @return the agent's sampling and output settings
   */
  @Nullable CompletionArgs completionArgs();

  /**
   * The moderation guardrails applied to the agent.
   *
   * @return the moderation guardrails applied to the agent
   */
  @Nullable List<GuardrailConfig> guardrails();

  /**
   * The model the agent runs on.
   *
   * @return the model the agent runs on
   */
  @Nullable String model();

  /**
   * The agent's name.
   *
   * @return the agent's name
   */
  @Nullable String name();

  /**
   * What the agent is for.
   *
   * @return what the agent is for
   */
  @Nullable String description();

  /**
   * The ids of the agents this one may hand a conversation to.
   *
   * @return the ids of the agents this one may hand a conversation to
   */
  @Nullable List<String> handoffs();

  /**
   * Whether the agent is offered in Le Chat.
   *
   * @return whether the agent is offered in Le Chat
   */
  @Nullable Boolean deploymentChat();

  /**
   * Free-form metadata.
   *
   * @return free-form metadata
   */
  @Nullable Map<String, Object> metadata();

  /**
   * A note describing the version this request creates.
   *
   * @return a note describing the version this request creates
   */
  @Nullable String versionMessage();

  /**
   * Body properties this client does not model, sent as given.
   *
   * @return body properties this client does not model, sent as given
   */
  Map<String, Object> extraBody();

  /** Starts building a request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.instructions = instructions();
    builder.tools = tools() == null ? null : new ArrayList<>(tools());
    builder.completionArgs = completionArgs();
    builder.guardrails = guardrails() == null ? null : new ArrayList<>(guardrails());
    builder.model = model();
    builder.name = name();
    builder.description = description();
    builder.handoffs = handoffs() == null ? null : new ArrayList<>(handoffs());
    builder.deploymentChat = deploymentChat();
    builder.metadata = metadata() == null ? null : new LinkedHashMap<>(metadata());
    builder.versionMessage = versionMessage();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link AgentUpdateRequest}; unset fields are left out of the request. */
  final class Builder extends AgentRequestBuilder<Builder> {

    Builder() {}

    /** Builds the request. */
    public AgentUpdateRequest build() {
      return new AgentUpdateRequestValue(
          instructions,
          tools,
          completionArgs,
          guardrails,
          model,
          name,
          description,
          handoffs,
          deploymentChat,
          metadata,
          versionMessage,
          extraBody);
    }
  }
}
