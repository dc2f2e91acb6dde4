package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Who carries out a hand-off between agents ({@code handoff_execution}): the server, or the client
 * (which then receives the hand-off as a function call).
 *
 * @param value the wire value
 */
public record HandoffExecution(@JsonValue String value) {

  /** The server hands over by itself. */
  public static final HandoffExecution SERVER = new HandoffExecution("server");

  /** The client is asked to hand over. */
  public static final HandoffExecution CLIENT = new HandoffExecution("client");

  /**
   * Checks that the value is present.
   *
   * @param value the wire value
   */
  public HandoffExecution {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API spells it, such as {@code server}
   * @return the value, one of the constants when the string is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static HandoffExecution of(String value) {
    return new HandoffExecution(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
