package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings an agent creation and an agent update share: instructions, tools, completion
 * arguments, guardrails, model, name, description, hand-offs, Le Chat deployment, metadata and the
 * version message. Unset settings are left out of the request. Each setter returns the concrete
 * builder.
 *
 * @param <B> the concrete builder
 */
public abstract class AgentRequestBuilder<B extends AgentRequestBuilder<B>> {

  String instructions;
  List<AgentTool> tools;
  CompletionArgs completionArgs;
  List<GuardrailConfig> guardrails;
  String model;
  String name;
  String description;
  List<String> handoffs;
  Boolean deploymentChat;
  Map<String, Object> metadata;
  String versionMessage;
  final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** For the builders of {@link AgentRequest} and {@link AgentUpdateRequest}. */
  AgentRequestBuilder() {}

  /** This builder, as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  final B self() {
    return (B) this;
  }

  /** Sets the agent's instructions. */
  public B instructions(String value) {
    this.instructions = value;
    return self();
  }

  /** Sets the tools, replacing any added before. */
  public B tools(List<? extends AgentTool> value) {
    this.tools = value == null ? null : new ArrayList<>(value);
    return self();
  }

  /** Adds a tool. */
  public B addTool(AgentTool tool) {
    if (tools == null) {
      tools = new ArrayList<>();
    }
    tools.add(tool);
    return self();
  }

  /** Sets the sampling and output settings. */
  public B completionArgs(CompletionArgs value) {
    this.completionArgs = value;
    return self();
  }

  /** Sets the guardrails. */
  public B guardrails(List<GuardrailConfig> value) {
    this.guardrails = value;
    return self();
  }

  /** Sets the model. */
  public B model(String value) {
    this.model = value;
    return self();
  }

  /** Sets the name. */
  public B name(String value) {
    this.name = value;
    return self();
  }

  /** Sets the description. */
  public B description(String value) {
    this.description = value;
    return self();
  }

  /** Sets the ids of the agents this one may hand a conversation to. */
  public B handoffs(List<String> value) {
    this.handoffs = value;
    return self();
  }

  /** Sets whether the agent is offered in Le Chat. */
  public B deploymentChat(Boolean value) {
    this.deploymentChat = value;
    return self();
  }

  /** Sets free-form metadata. */
  public B metadata(Map<String, Object> value) {
    this.metadata = value;
    return self();
  }

  /** Sets a note describing the version this request creates. */
  public B versionMessage(String value) {
    this.versionMessage = value;
    return self();
  }

  /** Adds a body property this client does not model. */
  public B extraBody(String property, Object value) {
    extraBody.put(property, value);
    return self();
  }
}
