package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.error.MistralStreamException;
import org.jspecify.annotations.Nullable;

/**
 * A conversation stream reported a {@code conversation.response.error} event; carries the event's
 * message and code.
 */
public class ConversationStreamException extends MistralStreamException {

  private static final long serialVersionUID = 1L;

  /** The message of the error event. */
  private final String errorMessage;

  /** The code of the error event; null when it had none. */
  private final @Nullable Integer code;

  /**
   * Creates the exception from the error event's message, code and raw data.
   *
   * @param errorMessage the message of the error event
   * @param code the code of the error event; absent when it had none
   * @param rawEvent the event's data as received, for diagnosis
   */
  public ConversationStreamException(String errorMessage, @Nullable Integer code, String rawEvent) {
    super(
        "The conversation stream reported an error"
            + (code != null ? " (code " + code + ")" : "")
            + ": "
            + errorMessage,
        rawEvent);
    this.errorMessage = errorMessage;
    this.code = code;
  }

  /**
   * The error message the server sent.
   *
   * @return the message the server sent
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * The error code the server sent; absent when it sent none.
   *
   * @return the code the server sent; absent when it sent none
   */
  public @Nullable Integer code() {
    return code;
  }
}
