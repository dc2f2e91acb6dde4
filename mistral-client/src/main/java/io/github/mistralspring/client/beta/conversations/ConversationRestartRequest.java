package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.GuardrailConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to continue a conversation from one of its entries with new inputs, dropping what came
 * after it.
 *
 * @param inputs the new inputs: a user message as text, or entries
 * @param stream whether to stream; set by the client's stream methods
 * @param store whether the server stores the conversation (default true)
 * @param handoffExecution who carries out hand-offs between agents
 * @param completionArgs sampling and output settings
 * @param guardrails moderation guardrails
 * @param metadata free-form metadata
 * @param fromEntryId the entry to restart from
 * @param agentVersion the agent's version to continue with, a number or a name
 * @param extraBody body properties this client does not model, sent as given
 */
public record ConversationRestartRequest(
    ConversationInputs inputs,
    Boolean stream,
    Boolean store,
    @JsonProperty("handoff_execution") HandoffExecution handoffExecution,
    @JsonProperty("completion_args") CompletionArgs completionArgs,
    List<GuardrailConfig> guardrails,
    Map<String, Object> metadata,
    @JsonProperty("from_entry_id") String fromEntryId,
    @JsonProperty("agent_version") Object agentVersion,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only. */
  public ConversationRestartRequest {
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
    builder.guardrails = guardrails;
    builder.metadata = metadata;
    builder.fromEntryId = fromEntryId;
    builder.agentVersion = agentVersion;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** Returns a copy with {@code stream} set as given. */
  public ConversationRestartRequest withStream(boolean value) {
    return toBuilder().stream(value).build();
  }

  /** Builds a {@link ConversationRestartRequest}; unset fields are left out of the request. */
  public static final class Builder extends ConversationRequestBuilder<Builder> {
    private List<GuardrailConfig> guardrails;
    private Map<String, Object> metadata;
    private String fromEntryId;
    private Object agentVersion;

    private Builder() {}

    /** Sets moderation guardrails. */
    public Builder guardrails(List<GuardrailConfig> value) {
      this.guardrails = value;
      return this;
    }

    /** Sets free-form metadata. */
    public Builder metadata(Map<String, Object> value) {
      this.metadata = value;
      return this;
    }

    /** Sets the entry to restart from. */
    public Builder fromEntryId(String value) {
      this.fromEntryId = value;
      return this;
    }

    /** Sets the agent's version to continue with, a number or a name. */
    public Builder agentVersion(Object value) {
      this.agentVersion = value;
      return this;
    }

    /** Builds the request. */
    public ConversationRestartRequest build() {
      if (fromEntryId == null || fromEntryId.isBlank()) {
        throw new IllegalStateException(
            "ConversationRestartRequest.fromEntryId is required: the id of the entry to restart"
                + " from");
      }
      return new ConversationRestartRequest(
          inputs,
          stream,
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
