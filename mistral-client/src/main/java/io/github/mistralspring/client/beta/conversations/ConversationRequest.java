package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to start a conversation, with a model ({@code model}) or an agent ({@code agentId}).
 *
 * @param inputs the new inputs: a user message as text, or entries
 * @param stream whether to stream; set by the client's stream methods
 * @param store whether the server stores the conversation (default true)
 * @param handoffExecution who carries out hand-offs between agents
 * @param instructions instructions (a system prompt), for a conversation with a model
 * @param tools tools, for a conversation with a model
 * @param completionArgs sampling and output settings
 * @param guardrails moderation guardrails
 * @param name a name for the conversation
 * @param description a description of the conversation
 * @param metadata free-form metadata
 * @param agentId the agent to talk to
 * @param agentVersion the agent's version, a number or a name
 * @param model the model to talk to
 * @param extraBody body properties this client does not model, sent as given
 */
public record ConversationRequest(
    ConversationInputs inputs,
    Boolean stream,
    Boolean store,
    @JsonProperty("handoff_execution") HandoffExecution handoffExecution,
    String instructions,
    List<AgentTool> tools,
    @JsonProperty("completion_args") CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    String name,
    String description,
    Map<String, Object> metadata,
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("agent_version") Object agentVersion,
    String model,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only. */
  public ConversationRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.inputs = inputs;
    builder.stream = stream;
    builder.store = store;
    builder.handoffExecution = handoffExecution;
    builder.instructions = instructions;
    builder.tools = tools;
    builder.completionArgs = completionArgs;
    builder.guardrails = guardrails;
    builder.name = name;
    builder.description = description;
    builder.metadata = metadata;
    builder.agentId = agentId;
    builder.agentVersion = agentVersion;
    builder.model = model;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** Returns a copy with {@code stream} set as given. */
  public ConversationRequest withStream(boolean value) {
    return toBuilder().stream(value).build();
  }

  /** Builds a {@link ConversationRequest}; unset fields are left out of the request. */
  public static final class Builder extends ConversationRequestBuilder<Builder> {
    private String instructions;
    private List<AgentTool> tools;
    private List<GuardrailConfig> guardrails;
    private String name;
    private String description;
    private Map<String, Object> metadata;
    private String agentId;
    private Object agentVersion;
    private String model;

    private Builder() {}

    /** Sets instructions (a system prompt), for a conversation with a model. */
    public Builder instructions(String value) {
      this.instructions = value;
      return this;
    }

    /** Sets tools, for a conversation with a model. */
    public Builder tools(List<AgentTool> value) {
      this.tools = value;
      return this;
    }

    /** Adds a tool. */
    public Builder addTool(AgentTool tool) {
      if (tools == null) {
        tools = new ArrayList<>();
      } else {
        tools = new ArrayList<>(tools);
      }
      tools.add(tool);
      return this;
    }

    /** Sets moderation guardrails. */
    public Builder guardrails(List<GuardrailConfig> value) {
      this.guardrails = value;
      return this;
    }

    /** Sets a name for the conversation. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Sets a description of the conversation. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Sets free-form metadata. */
    public Builder metadata(Map<String, Object> value) {
      this.metadata = value;
      return this;
    }

    /** Sets the agent to talk to. */
    public Builder agentId(String value) {
      this.agentId = value;
      return this;
    }

    /** Sets the agent's version, a number or a name. */
    public Builder agentVersion(Object value) {
      this.agentVersion = value;
      return this;
    }

    /** Sets the model to talk to. */
    public Builder model(String value) {
      this.model = value;
      return this;
    }

    /** Builds the request. */
    public ConversationRequest build() {
      if (inputs == null) {
        throw new IllegalStateException("A conversation request needs inputs");
      }
      return new ConversationRequest(
          inputs,
          stream,
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
