package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.github.mistralspring.client.model.ChatMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to classify chats ({@code POST /v1/chat/classifications}); build one with {@link
 * #builder()}.
 *
 * @param model the classifier model, e.g. a fine-tuned classifier's id
 * @param input the conversation or conversations to classify
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record ChatClassificationRequest(
    String model, ChatClassificationInput input, @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public ChatClassificationRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Creates a request to classify one conversation. */
  public static ChatClassificationRequest of(String model, List<? extends ChatMessage> messages) {
    return builder().model(model).messages(messages).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChatClassificationRequest}; not thread-safe. */
  public static final class Builder {

    private String model;
    private ChatClassificationInput input;
    private List<InstructRequest> requests;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the model; required. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the input as built elsewhere, replacing any conversations added. */
    public Builder input(ChatClassificationInput input) {
      this.input = input;
      this.requests = null;
      return this;
    }

    /** Sets one conversation, sent as a single object. */
    public Builder messages(List<? extends ChatMessage> messages) {
      return input(
          messages == null ? null : ChatClassificationInput.of(InstructRequest.of(messages)));
    }

    /** Adds a conversation; with any added, the input is sent as a list. */
    public Builder addConversation(List<? extends ChatMessage> messages) {
      if (requests == null) {
        requests = new ArrayList<>();
        input = null;
      }
      requests.add(InstructRequest.of(Objects.requireNonNull(messages, "messages")));
      return this;
    }

    /** Adds a body property this client does not model; a null value is sent as JSON null. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the model or the input is missing
     */
    public ChatClassificationRequest build() {
      if (model == null || model.isBlank()) {
        throw new IllegalArgumentException(
            "ChatClassificationRequest.model is required: set it with builder().model(\"...\")");
      }
      ChatClassificationInput built =
          requests != null ? ChatClassificationInput.of(requests) : input;
      if (built == null
          || built.requests().isEmpty()
          || built.requests().stream().anyMatch(request -> request.messages().isEmpty())) {
        throw new IllegalArgumentException(
            "ChatClassificationRequest.input is required: set it with builder().messages(...)");
      }
      return new ChatClassificationRequest(model, built, extraBody);
    }
  }
}
