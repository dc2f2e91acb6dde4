package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.beta.tools.CompletionArgs;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** A request to add inputs to a conversation and get its answer. */
@JsonDeserialize(as = ConversationAppendRequestValue.class)
public sealed interface ConversationAppendRequest permits ConversationAppendRequestValue {

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
   * Answers to tool calls awaiting confirmation.
   *
   * @return answers to tool calls awaiting confirmation
   */
  @Nullable List<ToolCallConfirmation> toolConfirmations();

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
    builder.toolConfirmations = toolConfirmations();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link ConversationAppendRequest}; unset fields are left out of the request. */
  final class Builder extends ConversationRequestBuilder<Builder> {
    private @Nullable List<ToolCallConfirmation> toolConfirmations;

    Builder() {}

    /**
     * Sets answers to tool calls awaiting confirmation.
     *
     * @param value the confirmations, one per tool call awaiting one; null to send none
     * @return this builder
     */
    public Builder toolConfirmations(@Nullable List<ToolCallConfirmation> value) {
      this.toolConfirmations = value;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, to pass to {@code conversations().append(..)}
     */
    public ConversationAppendRequest build() {
      if (inputs == null && toolConfirmations == null) {
        throw new IllegalStateException("An append needs inputs or tool confirmations");
      }
      return new ConversationAppendRequestValue(
          inputs, store, handoffExecution, completionArgs, toolConfirmations, extraBody);
    }
  }
}
