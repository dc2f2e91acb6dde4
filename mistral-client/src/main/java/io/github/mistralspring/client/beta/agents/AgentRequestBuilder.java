package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings an agent creation and an agent update share: instructions, tools, completion
 * arguments, guardrails, model, name, description, hand-offs, Le Chat deployment, metadata and the
 * version message. Unset settings are left out of the request. Each setter returns the concrete
 * builder.
 *
 * @param <B> the concrete builder
 */
public abstract class AgentRequestBuilder<B extends AgentRequestBuilder<B>> {

  @Nullable String instructions;
  @Nullable List<AgentTool> tools;
  @Nullable CompletionArgs completionArgs;
  @Nullable List<GuardrailConfig> guardrails;
  @Nullable String model;
  @Nullable String name;
  @Nullable String description;
  @Nullable List<String> handoffs;
  @Nullable Boolean deploymentChat;
  @Nullable Map<String, Object> metadata;
  @Nullable String versionMessage;
  final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** For the builders of {@link AgentRequest} and {@link AgentUpdateRequest}. */
  AgentRequestBuilder() {}

  /** Starts from an existing request's settings, copying its lists and metadata. */
  AgentRequestBuilder(AgentParameters request) {
    instructions = request.instructions();
    tools = request.tools() == null ? null : new ArrayList<>(request.tools());
    completionArgs = request.completionArgs();
    guardrails = request.guardrails() == null ? null : new ArrayList<>(request.guardrails());
    model = request.model();
    name = request.name();
    description = request.description();
    handoffs = request.handoffs() == null ? null : new ArrayList<>(request.handoffs());
    deploymentChat = request.deploymentChat();
    metadata = request.metadata() == null ? null : new LinkedHashMap<>(request.metadata());
    versionMessage = request.versionMessage();
    extraBody.putAll(request.extraBody());
  }

  /** This builder, as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  final B self() {
    return (B) this;
  }

  /**
   * Sets the agent's instructions, its system prompt.
   *
   * @param value the instructions; null clears them
   * @return this builder
   */
  public B instructions(@Nullable String value) {
    this.instructions = value;
    return self();
  }

  /**
   * Sets the tools, replacing any added before.
   *
   * @param value the tools the agent may use, copied; null clears them
   * @return this builder
   */
  public B tools(@Nullable List<? extends AgentTool> value) {
    this.tools = value == null ? null : new ArrayList<>(value);
    return self();
  }

  /**
   * Adds a tool the agent may use.
   *
   * @param tool the tool to add
   * @return this builder
   */
  public B addTool(AgentTool tool) {
    if (tools == null) {
      tools = new ArrayList<>();
    }
    tools.add(Objects.requireNonNull(tool, "tool"));
    return self();
  }

  /**
   * Sets the sampling and output settings ({@code completion_args}).
   *
   * @param value the completion arguments, such as temperature and response format; null clears
   *     them, so the API's defaults apply
   * @return this builder
   */
  public B completionArgs(@Nullable CompletionArgs value) {
    this.completionArgs = value;
    return self();
  }

  /**
   * Sets the moderation guardrails.
   *
   * @param value the guardrails the agent applies; null clears them
   * @return this builder
   */
  public B guardrails(@Nullable List<GuardrailConfig> value) {
    this.guardrails = value;
    return self();
  }

  /**
   * Sets the model the agent answers with; required to create an agent.
   *
   * @param value the model's name, e.g. {@code mistral-medium-latest}; null clears it
   * @return this builder
   */
  public B model(@Nullable String value) {
    this.model = value;
    return self();
  }

  /**
   * Sets the agent's name; required to create an agent.
   *
   * @param value the name; null clears it
   * @return this builder
   */
  public B name(@Nullable String value) {
    this.name = value;
    return self();
  }

  /**
   * Sets what the agent is for, in words.
   *
   * @param value the description; null clears it
   * @return this builder
   */
  public B description(@Nullable String value) {
    this.description = value;
    return self();
  }

  /**
   * Sets the ids of the agents this one may hand a conversation to.
   *
   * @param value the agent ids; null clears them
   * @return this builder
   */
  public B handoffs(@Nullable List<String> value) {
    this.handoffs = value;
    return self();
  }

  /**
   * Sets whether the agent is offered in Le Chat ({@code deployment_chat}).
   *
   * @param value true to offer it; null clears it, so the API's default applies
   * @return this builder
   */
  public B deploymentChat(@Nullable Boolean value) {
    this.deploymentChat = value;
    return self();
  }

  /**
   * Sets free-form metadata stored with the agent.
   *
   * @param value the metadata; null clears it
   * @return this builder
   */
  public B metadata(@Nullable Map<String, Object> value) {
    this.metadata = value;
    return self();
  }

  /**
   * Sets a note describing the version this request creates ({@code version_message}).
   *
   * @param value the note; null clears it
   * @return this builder
   */
  public B versionMessage(@Nullable String value) {
    this.versionMessage = value;
    return self();
  }

  /**
   * Adds a body property this client does not model; a null value is sent as JSON null.
   *
   * @param property the property's JSON name; not one the request models
   * @param value the property's value, written with the client's JSON mapper
   * @return this builder
   */
  public B extraBody(String property, @Nullable Object value) {
    extraBody.put(Objects.requireNonNull(property, "property"), value);
    return self();
  }
}
