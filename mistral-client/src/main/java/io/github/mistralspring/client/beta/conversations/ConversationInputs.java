package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The {@code inputs} of a conversation request: one user message as text, or a list of entries
 * (messages, function results, …).
 *
 * @param value a {@link String} or a {@code List<ConversationEntry>}, written as is
 */
public record ConversationInputs(@JsonValue Object value) {

  /**
   * Checks that the value is a string or a list.
   *
   * @param value a {@link String} or a {@code List<ConversationEntry>}, written as is
   */
  public ConversationInputs {
    Objects.requireNonNull(value, "value");
    if (!(value instanceof String) && !(value instanceof List<?>)) {
      throw new IllegalArgumentException("Inputs are a string or a list of entries");
    }
  }

  /**
   * One user message as text.
   *
   * @param text the user message
   * @return the inputs holding that one message
   */
  public static ConversationInputs of(String text) {
    return new ConversationInputs(text);
  }

  /**
   * A list of entries.
   *
   * @param entries the entries to send, in order
   * @return the inputs holding those entries
   */
  public static ConversationInputs of(List<? extends ConversationEntry> entries) {
    return new ConversationInputs(List.copyOf(entries));
  }

  /**
   * Entries given one by one.
   *
   * @param entries the entries to send, in order
   * @return the inputs holding those entries
   */
  public static ConversationInputs of(ConversationEntry... entries) {
    return new ConversationInputs(List.of(entries));
  }
}
