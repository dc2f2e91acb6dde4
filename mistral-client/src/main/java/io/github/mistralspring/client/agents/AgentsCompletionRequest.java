package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.model.MessageCompletionParameters;
import io.github.mistralspring.client.model.MessageCompletionRequestBuilder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the agents completions API, which answers with the model, instructions and tools of
 * an agent; build one with {@link #builder()}.
 *
 * <p>{@code agent_id} and {@code messages} are required; an unset (null) field is left out of the
 * JSON so the API (or the agent's configuration) applies its default.
 */
@JsonDeserialize(as = AgentsCompletionRequestValue.class)
public sealed interface AgentsCompletionRequest extends MessageCompletionParameters
    permits AgentsCompletionRequestValue {

  /**
   * The id of the agent that answers ({@code agent_id}).
   *
   * @return the agent's id; a built request always has one
   */
  @Nullable String agentId();

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no agent, no message and every option unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  Builder toBuilder();

  /** Builds an {@link AgentsCompletionRequest}; not thread-safe. */
  final class Builder extends MessageCompletionRequestBuilder<Builder> {

    private @Nullable String agentId;

    Builder() {}

    Builder(AgentsCompletionRequest request) {
      super(request);
      agentId = request.agentId();
    }

    /**
     * Sets the id of the agent that answers ({@code agent_id}); required.
     *
     * @param agentId the agent's id, e.g. {@code ag_...}
     * @return this builder
     */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the agent id or the messages are missing
     */
    public AgentsCompletionRequest build() {
      if (agentId == null || agentId.isBlank()) {
        throw new IllegalStateException(
            "AgentsCompletionRequest.agent_id is required: set it with"
                + " builder().agentId(\"ag_...\")");
      }
      if (messages.isEmpty()) {
        throw new IllegalStateException(
            "AgentsCompletionRequest.messages is required: add one with"
                + " builder().addUserMessage(\"Hello\")");
      }
      return new AgentsCompletionRequestValue(
          maxTokens,
          stop,
          randomSeed,
          metadata,
          List.copyOf(messages),
          responseFormat,
          tools == null ? null : List.copyOf(tools),
          toolChoice,
          presencePenalty,
          frequencyPenalty,
          n,
          prediction,
          parallelToolCalls,
          promptMode,
          reasoningEffort,
          promptCacheKey,
          agentId,
          extraBody);
    }
  }
}
