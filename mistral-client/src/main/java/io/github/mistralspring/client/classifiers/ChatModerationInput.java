package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * The chats to moderate: the API accepts one conversation (a list of messages) or a list of
 * conversations, and this keeps which of the two it is.
 *
 * @param conversations the conversations, in order; one result comes back per conversation
 * @param single true when written as one list of messages rather than a list of lists
 */
public record ChatModerationInput(List<List<ChatMessage>> conversations, boolean single) {

  /**
   * Copies the conversations; a single form holds exactly one.
   *
   * @param conversations the conversations, in order; one result comes back per conversation
   * @param single true when written as one list of messages rather than a list of lists
   */
  public ChatModerationInput {
    conversations =
        Objects.requireNonNull(conversations, "conversations").stream()
            .<List<ChatMessage>>map(List::copyOf)
            .toList();
    if (single && conversations.size() != 1) {
      throw new IllegalArgumentException("A single ChatModerationInput holds one conversation");
    }
  }

  /**
   * Creates an input of one conversation, written as a list of messages.
   *
   * @param conversation the messages of the conversation, in order
   * @return the input, written as one list of messages
   */
  public static ChatModerationInput of(List<? extends ChatMessage> conversation) {
    return new ChatModerationInput(List.of(List.copyOf(conversation)), true);
  }

  /**
   * Creates an input of several conversations, written as a list of lists of messages.
   *
   * @param conversations the conversations, in order; one result comes back per conversation
   * @return the input, written as a list of lists
   */
  public static ChatModerationInput ofConversations(
      List<? extends List<? extends ChatMessage>> conversations) {
    return new ChatModerationInput(
        conversations.stream().<List<ChatMessage>>map(List::copyOf).toList(), false);
  }

  /** Writes the form this input was built in. */
  @JsonValue
  Object toJson() {
    return single ? conversations.get(0) : conversations;
  }
}
