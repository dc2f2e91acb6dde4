package io.github.mistralspring.client.beta.agents;

import tools.jackson.databind.annotation.JsonDeserialize;

/** A request to change an agent, which creates a new version; only the fields set are changed. */
@JsonDeserialize(as = AgentUpdateRequestValue.class)
public sealed interface AgentUpdateRequest extends AgentParameters permits AgentUpdateRequestValue {

  /**
   * Starts building a request.
   *
   * @return a builder with every setting unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  default Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link AgentUpdateRequest}; unset fields are left out of the request. */
  final class Builder extends AgentRequestBuilder<Builder> {

    Builder() {}

    Builder(AgentParameters request) {
      super(request);
    }

    /**
     * Builds the request.
     *
     * @return the request, with the settings left unset absent, so the agent keeps them
     */
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
