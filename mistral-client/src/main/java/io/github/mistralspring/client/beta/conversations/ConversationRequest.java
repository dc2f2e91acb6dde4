package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to start a conversation, with a model ({@code model}) or an agent ({@code agentId}).
 */
@JsonDeserialize(as = ConversationRequestValue.class)
public sealed interface ConversationRequest permits ConversationRequestValue {

  /**
   * The new inputs: a user message as text, or entries.
   *
   * @return the new inputs: a user message as text, or entries
   */
  @Nullable ConversationInputs inputs();

  /**
   * Whether the server stores the conversation (default true).
   *
   * @return whether the server stores the conversation (default true)
   */
  @Nullable Boolean store();

  /**
   * Who carries out hand-offs between agents.
   *
   * @return who carries out hand-offs between agents
   */
  @Nullable HandoffExecution handoffExecution();

  /**
   * Instructions (a system prompt), for a conversation with a model.
   *
   * @return instructions (a system prompt), for a conversation with a model
   */
  @Nullable String instructions();

  /**
   * Tools, for a conversation with a model.
   *
   * @return tools, for a conversation with a model
   */
  @Nullable List<AgentTool> tools();

  /**
   * Sampling and output settings.
   *
   * @return sampling and output settings
   */
  @Nullable CompletionArgs completionArgs();

  /**
   * Moderation guardrails.
   *
   * @return moderation guardrails
   */
  @Nullable List<GuardrailConfig> guardrails();

  /**
   * A name for the conversation.
   *
   * @return a name for the conversation
   */
  @Nullable String name();

  /**
   * A description of the conversation.
   *
   * @return a description of the conversation
   */
  @Nullable String description();

  /**
   * Free-form metadata.
   *
   * @return free-form metadata
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The agent to talk to.
   *
   * @return the agent to talk to
   */
  @Nullable String agentId();

  /**
   * The agent's version, a number or a name.
   *
   * @return the agent's version, a number or a name
   */
  @Nullable Object agentVersion();

  /**
   * The model to talk to.
   *
   * @return the model to talk to
   */
  @Nullable String model();

  /**
   * Body properties this client does not model, sent as given.
   *
   * @return body properties this client does not model, sent as given
   */
  Map<String, Object> extraBody();

  /**
   * Starts building a request.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values.
   *
   * @return a builder that starts from this request's values
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.inputs = inputs();
    builder.store = store();
    builder.handoffExecution = handoffExecution();
    builder.instructions = instructions();
    builder.tools = tools();
    builder.completionArgs = completionArgs();
    builder.guardrails = guardrails();
    builder.name = name();
    builder.description = description();
    builder.metadata = metadata();
    builder.agentId = agentId();
    builder.agentVersion = agentVersion();
    builder.model = model();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link ConversationRequest}; unset fields are left out of the request. */
  final class Builder extends ConversationRequestBuilder<Builder> {
    private @Nullable String instructions;
    private @Nullable List<AgentTool> tools;
    private @Nullable List<GuardrailConfig> guardrails;
    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Map<String, Object> metadata;
    private @Nullable String agentId;
    private @Nullable Object agentVersion;
    private @Nullable String model;

    Builder() {}

    /**
     * Sets instructions (a system prompt), for a conversation with a model.
     *
     * @param value the instructions; null to send none
     * @return this builder
     */
    public Builder instructions(@Nullable String value) {
      this.instructions = value;
      return this;
    }

    /**
     * Sets tools, for a conversation with a model.
     *
     * @param value the tools the model may call; null to offer none
     * @return this builder
     */
    public Builder tools(@Nullable List<AgentTool> value) {
      this.tools = value;
      return this;
    }

    /**
     * Adds a tool.
     *
     * @param tool the tool to offer, in addition to those already set
     * @return this builder
     */
    public Builder addTool(AgentTool tool) {
      if (tools == null) {
        tools = new ArrayList<>();
      } else {
        tools = new ArrayList<>(tools);
      }
      tools.add(tool);
      return this;
    }

    /**
     * Sets moderation guardrails.
     *
     * @param value the guardrails; null to send none
     * @return this builder
     */
    public Builder guardrails(@Nullable List<GuardrailConfig> value) {
      this.guardrails = value;
      return this;
    }

    /**
     * Sets a name for the conversation.
     *
     * @param value the name; null to leave the conversation unnamed
     * @return this builder
     */
    public Builder name(@Nullable String value) {
      this.name = value;
      return this;
    }

    /**
     * Sets a description of the conversation.
     *
     * @param value the description; null to send none
     * @return this builder
     */
    public Builder description(@Nullable String value) {
      this.description = value;
      return this;
    }

    /**
     * Sets free-form metadata.
     *
     * @param value the metadata, by key; null to send none
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, Object> value) {
      this.metadata = value;
      return this;
    }

    /**
     * Sets the agent to talk to.
     *
     * @param value the agent's id, as {@code Agent.id()} gives it; null for a conversation with a
     *     model
     * @return this builder
     */
    public Builder agentId(@Nullable String value) {
      this.agentId = value;
      return this;
    }

    /**
     * Sets the agent's version, a number or a name.
     *
     * @param value the version, as an {@code Integer} or a {@code String}; null for the agent's
     *     current version
     * @return this builder
     */
    public Builder agentVersion(@Nullable Object value) {
      this.agentVersion = value;
      return this;
    }

    /**
     * Sets the model to talk to.
     *
     * @param value the model's id, such as {@code mistral-medium-latest}; null for a conversation
     *     with an agent
     * @return this builder
     */
    public Builder model(@Nullable String value) {
      this.model = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, to pass to {@code conversations().start(..)}
     */
    public ConversationRequest build() {
      if (inputs == null) {
        throw new IllegalStateException("A conversation request needs inputs");
      }
      return new ConversationRequestValue(
          inputs,
          store,
          handoffExecution,
          instructions,
          tools,
          completionArgs,
          guardrails,
          name,
          description,
          metadata,
          agentId,
          agentVersion,
          model,
          extraBody);
    }
  }
}
