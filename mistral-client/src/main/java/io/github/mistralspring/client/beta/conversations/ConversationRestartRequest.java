package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to continue a conversation from one of its entries with new inputs, dropping what came
 * after it.
 */
@JsonDeserialize(as = ConversationRestartRequestValue.class)
public sealed interface ConversationRestartRequest permits ConversationRestartRequestValue {

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
   * Free-form metadata.
   *
   * @return free-form metadata
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The entry to restart from.
   *
   * @return the entry to restart from
   */
  @Nullable String fromEntryId();

  /**
   * The agent's version to continue with, a number or a name.
   *
   * @return the agent's version to continue with, a number or a name
   */
  @Nullable Object agentVersion();

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
    builder.completionArgs = completionArgs();
    builder.guardrails = guardrails();
    builder.metadata = metadata();
    builder.fromEntryId = fromEntryId();
    builder.agentVersion = agentVersion();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link ConversationRestartRequest}; unset fields are left out of the request. */
  final class Builder extends ConversationRequestBuilder<Builder> {
    private @Nullable List<GuardrailConfig> guardrails;
    private @Nullable Map<String, Object> metadata;
    private @Nullable String fromEntryId;
    private @Nullable Object agentVersion;

    Builder() {}

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
     * Sets the entry to restart from.
     *
     * @param value the id of the entry, as {@link ConversationEntry#id()} gives it; required
     * @return this builder
     */
    public Builder fromEntryId(String value) {
      this.fromEntryId = value;
      return this;
    }

    /**
     * Sets the agent's version to continue with, a number or a name.
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
     * Builds the request.
     *
     * @return the request, to pass to {@code conversations().restart(..)}
     */
    public ConversationRestartRequest build() {
      if (fromEntryId == null || fromEntryId.isBlank()) {
        throw new IllegalStateException(
            "ConversationRestartRequest.fromEntryId is required: the id of the entry to restart"
                + " from");
      }
      return new ConversationRestartRequestValue(
          inputs,
          store,
          handoffExecution,
          completionArgs,
          guardrails,
          metadata,
          fromEntryId,
          agentVersion,
          extraBody);
    }
  }
}
