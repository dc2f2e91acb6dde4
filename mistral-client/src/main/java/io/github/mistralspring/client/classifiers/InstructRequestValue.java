package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import java.util.Objects;

/**
 * The value behind {@link InstructRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record InstructRequestValue(List<ChatMessage> messages) implements InstructRequest {

  /** Copies the messages. */
  InstructRequestValue {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }
}
