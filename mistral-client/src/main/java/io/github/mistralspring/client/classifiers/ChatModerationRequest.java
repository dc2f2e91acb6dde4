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
 * A request to moderate chats ({@code POST /v1/chat/moderations}); build one with {@link
 * #builder()}.
 */
@JsonDeserialize(as = ChatModerationRequestValue.class)
public sealed interface ChatModerationRequest permits ChatModerationRequestValue {

  /**
   * The moderation model, e.g. {@code mistral-moderation-latest}; null for the client's default
   * moderation model.
   *
   * @return the moderation model, e.g. {@code mistral-moderation-latest}; null for the client's
   *     default moderation model
   */
  @Nullable String model();

  /**
   * The conversation or conversations to moderate.
   *
   * @return the conversation or conversations to moderate
   */
  @Nullable ChatModerationInput input();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** A copy of this request for another model. */
  ChatModerationRequest withModel(String model);

  /** Creates a request to moderate one conversation; a null model means the client's default. */
  static ChatModerationRequest of(String model, List<? extends ChatMessage> conversation) {
    return builder().model(model).messages(conversation).build();
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

  /** Builds a {@link ChatModerationRequest}; not thread-safe. */
  final class Builder {

    private String model;
    private ChatModerationInput input;
    private List<List<ChatMessage>> conversations;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    /** Sets the model; without one, the client's default moderation model is used. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the input as built elsewhere, replacing any conversations added. */
    public Builder input(ChatModerationInput input) {
      this.input = input;
      this.conversations = null;
      return this;
    }

    /** Sets one conversation, sent as a list of messages. */
    public Builder messages(List<? extends ChatMessage> conversation) {
      return input(conversation == null ? null : ChatModerationInput.of(conversation));
    }

    /** Adds a conversation; with any added, the input is sent as a list of conversations. */
    public Builder addConversation(List<? extends ChatMessage> conversation) {
      if (conversations == null) {
        conversations = new ArrayList<>();
        input = null;
      }
      conversations.add(List.copyOf(Objects.requireNonNull(conversation, "conversation")));
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
     * @throws IllegalStateException when the input is missing
     */
    public ChatModerationRequest build() {
      ChatModerationInput built =
          conversations != null ? ChatModerationInput.ofConversations(conversations) : input;
      if (built == null
          || built.conversations().isEmpty()
          || built.conversations().stream().anyMatch(List::isEmpty)) {
        throw new IllegalStateException(
            "ChatModerationRequest.input is required: set it with builder().messages(...)");
      }
      return new ChatModerationRequestValue(model, built, extraBody);
    }
  }
}
