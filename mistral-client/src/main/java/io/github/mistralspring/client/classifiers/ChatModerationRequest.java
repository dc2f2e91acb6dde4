package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to moderate chats ({@code POST /v1/chat/moderations}; the spec's {@code
 * ChatModerationRequest}); build one with {@link #builder()}. Its {@link #model()} may be null: the
 * client then sends its default moderation model. The input is one conversation (a list of
 * messages) or a list of conversations, one result coming back per conversation.
 */
@JsonDeserialize(as = ChatModerationRequestValue.class)
public sealed interface ChatModerationRequest extends ClassifierParameters<ChatModerationInput>
    permits ChatModerationRequestValue {

  /**
   * A copy of this request for another model, all else unchanged.
   *
   * @param model the moderation model to use; null for the client's default moderation model
   * @return the copy
   */
  ChatModerationRequest withModel(@Nullable String model);

  /**
   * Creates a request to moderate one conversation.
   *
   * @param model the moderation model; null for the client's default moderation model
   * @param conversation the messages of the conversation, in order; at least one
   * @return the request
   * @throws IllegalStateException when the conversation is null or has no message
   */
  static ChatModerationRequest of(
      @Nullable String model, List<? extends ChatMessage> conversation) {
    return builder().model(model).messages(conversation).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ChatModerationRequest}; not thread-safe. The model, the input and the extra
   * body are set with the methods of {@link ChatClassifierRequestBuilder}.
   */
  final class Builder extends ChatClassifierRequestBuilder<Builder, ChatModerationInput> {

    private Builder() {}

    @Override
    ChatModerationInput single(List<? extends ChatMessage> messages) {
      return ChatModerationInput.of(messages);
    }

    @Override
    ChatModerationInput several(List<List<ChatMessage>> conversations) {
      return ChatModerationInput.ofConversations(conversations);
    }

    @Override
    List<List<ChatMessage>> conversationsOf(ChatModerationInput input) {
      return input.conversations();
    }

    /**
     * Builds the request; the model may stay unset.
     *
     * @return the request
     * @throws IllegalStateException when the input is missing, empty, or holds a conversation
     *     without messages
     */
    public ChatModerationRequest build() {
      return new ChatModerationRequestValue(
          model, requireInput("ChatModerationRequest"), extraBody);
    }
  }
}
