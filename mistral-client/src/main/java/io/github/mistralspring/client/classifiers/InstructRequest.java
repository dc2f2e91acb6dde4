package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One conversation to classify (the spec's {@code InstructRequest}): the messages a chat
 * classification reads, written as {@code {"messages": [...]}}. A {@link ChatClassificationRequest}
 * builder makes these from message lists; build one directly to put it in a {@link
 * ChatClassificationInput}.
 */
@JsonDeserialize(as = InstructRequestValue.class)
public sealed interface InstructRequest permits InstructRequestValue {

  /**
   * The messages of the conversation.
   *
   * @return the messages of the conversation
   */
  List<ChatMessage> messages();

  /**
   * Creates a conversation from a list of messages.
   *
   * @param messages the messages of the conversation, in order; copied
   * @return the conversation
   * @throws NullPointerException when the list or one of its messages is null
   */
  static InstructRequest of(List<? extends ChatMessage> messages) {
    return new InstructRequestValue(List.copyOf(messages));
  }

  /**
   * Creates a conversation from messages given one by one.
   *
   * @param messages the messages of the conversation, in order
   * @return the conversation
   * @throws NullPointerException when one of the messages is null
   */
  static InstructRequest of(ChatMessage... messages) {
    return new InstructRequestValue(List.of(messages));
  }

  /**
   * Returns a builder for a new conversation.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this conversation's messages, to derive a changed copy.
   *
   * @return a builder that starts from this conversation
   */
  default Builder toBuilder() {
    return new Builder().messages(messages());
  }

  /** Builds an {@link InstructRequest}; not thread-safe. */
  final class Builder {

    private final List<ChatMessage> messages = new ArrayList<>();

    private Builder() {}

    /**
     * Replaces the messages.
     *
     * @param messages the messages of the conversation, in order
     * @return this builder
     */
    public Builder messages(List<? extends ChatMessage> messages) {
      this.messages.clear();
      this.messages.addAll(messages);
      return this;
    }

    /**
     * Adds a message at the end of the conversation.
     *
     * @param message the message to add
     * @return this builder
     */
    public Builder addMessage(ChatMessage message) {
      messages.add(Objects.requireNonNull(message, "message"));
      return this;
    }

    /**
     * Builds the conversation.
     *
     * @return the conversation
     * @throws IllegalStateException when it has no message
     */
    public InstructRequest build() {
      if (messages.isEmpty()) {
        throw new IllegalStateException(
            "An InstructRequest needs messages: call addMessage(UserMessage.of(\"...\")) on the"
                + " builder");
      }
      return new InstructRequestValue(messages);
    }
  }
}
