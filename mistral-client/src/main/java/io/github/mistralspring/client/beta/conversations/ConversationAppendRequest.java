package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to add inputs to a conversation and get its answer.
 *
 * @param inputs the new inputs: a user message as text, or entries
 * @param stream whether to stream; set by the client's stream methods
 * @param store whether the server stores the conversation (default true)
 * @param handoffExecution who carries out hand-offs between agents
 * @param completionArgs sampling and output settings
 * @param toolConfirmations answers to tool calls awaiting confirmation
 * @param extraBody body properties this client does not model, sent as given
 */
public record ConversationAppendRequest(
    ConversationInputs inputs,
    Boolean stream,
    Boolean store,
    @JsonProperty("handoff_execution") HandoffExecution handoffExecution,
    @JsonProperty("completion_args") CompletionArgs completionArgs,
    @JsonProperty("tool_confirmations") List<ToolCallConfirmation> toolConfirmations,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only. */
  public ConversationAppendRequest {
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
    builder.completionArgs = completionArgs;
    builder.toolConfirmations = toolConfirmations;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** Returns a copy with {@code stream} set as given. */
  public ConversationAppendRequest withStream(boolean value) {
    return toBuilder().stream(value).build();
  }

  /** Builds a {@link ConversationAppendRequest}; unset fields are left out of the request. */
  public static final class Builder extends ConversationRequestBuilder<Builder> {
    private List<ToolCallConfirmation> toolConfirmations;

    private Builder() {}

    /** Sets answers to tool calls awaiting confirmation. */
    public Builder toolConfirmations(List<ToolCallConfirmation> value) {
      this.toolConfirmations = value;
      return this;
    }

    /** Builds the request. */
    public ConversationAppendRequest build() {
      if (inputs == null && toolConfirmations == null) {
        throw new IllegalStateException("An append needs inputs or tool confirmations");
      }
      return new ConversationAppendRequest(
          inputs, stream, store, handoffExecution, completionArgs, toolConfirmations, extraBody);
    }
  }
}
