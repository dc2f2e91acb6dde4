package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * One conversation to classify ({@code InstructRequest}).
 *
 * @param messages the messages of the conversation
 */
public record InstructRequest(List<ChatMessage> messages) {

  /** Copies the messages. */
  public InstructRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }

  /** Creates a conversation from messages. */
  public static InstructRequest of(List<? extends ChatMessage> messages) {
    return new InstructRequest(List.copyOf(messages));
  }

  /** Creates a conversation from messages. */
  public static InstructRequest of(ChatMessage... messages) {
    return new InstructRequest(List.of(messages));
  }
}
