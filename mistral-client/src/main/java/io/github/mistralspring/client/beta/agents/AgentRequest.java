package io.github.mistralspring.client.beta.agents;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to create an agent; {@code model} and {@code name} are required.
 *
 * <p>The specification names it {@code AgentCreationRequest}.
 */
@JsonDeserialize(as = AgentRequestValue.class)
public sealed interface AgentRequest extends AgentParameters permits AgentRequestValue {

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

  /** Builds a {@link AgentRequest}; unset fields are left out of the request. */
  final class Builder extends AgentRequestBuilder<Builder> {

    Builder() {}

    Builder(AgentParameters request) {
      super(request);
    }

    /**
     * Builds the request.
     *
     * @return the request, with the settings left unset absent
     * @throws IllegalStateException when the model or the name is missing
     */
    public AgentRequest build() {
      if (model == null || name == null) {
        throw new IllegalStateException(
            "AgentRequest needs a model and a name: set them with"
                + " builder().model(\"mistral-medium-latest\").name(\"My agent\")");
      }
      return new AgentRequestValue(
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
