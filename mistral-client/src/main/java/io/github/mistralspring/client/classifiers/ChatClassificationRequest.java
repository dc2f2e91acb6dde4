package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to classify chats ({@code POST /v1/chat/classifications}); build one with {@link
 * #builder()}.
 */
@JsonDeserialize(as = ChatClassificationRequestValue.class)
public sealed interface ChatClassificationRequest permits ChatClassificationRequestValue {

  /**
   * The classifier model, e.g. a fine-tuned classifier's id.
   *
   * @return the classifier model, e.g. a fine-tuned classifier's id
   */
  @Nullable String model();

  /**
   * The conversation or conversations to classify.
   *
   * @return the conversation or conversations to classify
   */
  @Nullable ChatClassificationInput input();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** Creates a request to classify one conversation. */
  static ChatClassificationRequest of(String model, List<? extends ChatMessage> messages) {
    return builder().model(model).messages(messages).build();
  }

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model();
    builder.input = input();
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link ChatClassificationRequest}; not thread-safe. */
  final class Builder {

    private String model;
    private ChatClassificationInput input;
    private List<InstructRequest> requests;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

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
     * @throws IllegalStateException when the model or the input is missing
     */
    public ChatClassificationRequest build() {
      if (model == null || model.isBlank()) {
        throw new IllegalStateException(
            "ChatClassificationRequest.model is required: set it with builder().model(\"...\")");
      }
      ChatClassificationInput built =
          requests != null ? ChatClassificationInput.of(requests) : input;
      if (built == null
          || built.requests().isEmpty()
          || built.requests().stream().anyMatch(request -> request.messages().isEmpty())) {
        throw new IllegalStateException(
            "ChatClassificationRequest.input is required: set it with builder().messages(...)");
      }
      return new ChatClassificationRequestValue(model, built, extraBody);
    }
  }
}
