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
 * A request to moderate chats ({@code POST /v1/chat/moderations}); build one with {@link
 * #builder()}.
 *
 * @param model the moderation model, e.g. {@code mistral-moderation-latest}; null for the client's
 *     default moderation model
 * @param input the conversation or conversations to moderate
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record ChatModerationRequest(
    String model, ChatModerationInput input, @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public ChatModerationRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** A copy of this request for another model. */
  public ChatModerationRequest withModel(String model) {
    return new ChatModerationRequest(model, input, extraBody);
  }

  /** Creates a request to moderate one conversation; a null model means the client's default. */
  public static ChatModerationRequest of(String model, List<? extends ChatMessage> conversation) {
    return builder().model(model).messages(conversation).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChatModerationRequest}; not thread-safe. */
  public static final class Builder {

    private String model;
    private ChatModerationInput input;
    private List<List<ChatMessage>> conversations;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

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
     * @throws IllegalArgumentException when the input is missing
     */
    public ChatModerationRequest build() {
      ChatModerationInput built =
          conversations != null ? ChatModerationInput.ofConversations(conversations) : input;
      if (built == null
          || built.conversations().isEmpty()
          || built.conversations().stream().anyMatch(List::isEmpty)) {
        throw new IllegalArgumentException(
            "ChatModerationRequest.input is required: set it with builder().messages(...)");
      }
      return new ChatModerationRequest(model, built, extraBody);
    }
  }
}
