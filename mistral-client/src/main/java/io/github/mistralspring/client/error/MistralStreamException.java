package io.github.mistralspring.client.error;

/**
 * A stream failed after it had started: the server sent an error event inside a successful
 * response, or the stream ended before its end marker (truncation loses data, so it is an error).
 */
public class MistralStreamException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final String rawEvent;

  /** Creates the exception; {@code rawEvent} is the event's data as sent, or null. */
  public MistralStreamException(String message, String rawEvent) {
    super(message);
    this.rawEvent = rawEvent;
  }

  /** The data of the error event exactly as the server sent it, or null when there was none. */
  public String rawEvent() {
    return rawEvent;
  }
}
