package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A stream failed after it had started: the server sent an error event inside a successful
 * response, or the stream ended before its end marker (truncation loses data, so it is an error).
 */
public class MistralStreamException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The data of the error event as the server sent it. */
  private final @Nullable String rawEvent;

  /**
   * Creates the exception.
   *
   * @param message what failed, and after how much of the stream
   * @param rawEvent the error event's data as sent; null when the stream ended without one
   */
  public MistralStreamException(String message, @Nullable String rawEvent) {
    super(message);
    this.rawEvent = rawEvent;
  }

  /**
   * The data of the error event exactly as the server sent it.
   *
   * @return the error event's data; absent when the stream ended without one (truncation)
   */
  public @Nullable String rawEvent() {
    return rawEvent;
  }
}
