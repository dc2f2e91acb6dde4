package io.github.mistralspring.client.beta.agents;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to create an agent; {@code model} and {@code name} are required.
 *
 * <p>The specification names it {@code AgentCreationRequest}.
 *
 * @param instructions the agent's instructions (its system prompt)
 * @param tools the tools the agent may use
 * @param completionArgs the agent's sampling and output settings
 * @param guardrails the moderation guardrails applied to the agent
 * @param model the model the agent runs on
 * @param name the agent's name
 * @param description what the agent is for
 * @param handoffs the ids of the agents this one may hand a conversation to
 * @param deploymentChat whether the agent is offered in Le Chat
 * @param metadata free-form metadata
 * @param versionMessage a note describing the version this request creates
 * @param extraBody body properties this client does not model, sent as given
 */
public record AgentRequest(
    String instructions,
    List<AgentTool> tools,
    @JsonProperty("completion_args") CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    String model,
    String name,
    String description,
    List<String> handoffs,
    @JsonProperty("deployment_chat") Boolean deploymentChat,
    Map<String, Object> metadata,
    @JsonProperty("version_message") String versionMessage,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the lists and maps read-only. */
  public AgentRequest {
    tools = tools == null ? null : List.copyOf(tools);
    handoffs = handoffs == null ? null : List.copyOf(handoffs);
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AgentRequest}; unset fields are left out of the request. */
  public static final class Builder extends AgentRequestBuilder<Builder> {

    private Builder() {}

    /** Builds the request. */
    public AgentRequest build() {
      if (model == null || name == null) {
        throw new IllegalStateException("An agent needs a model and a name");
      }
      return new AgentRequest(
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
