package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The connection to the API failed: refused, reset, closed early, or no connection could be taken
 * from the pool. {@link #requestSent()} tells whether the request may have reached the server.
 */
public class MistralIoException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** Whether the request may have reached the server. */
  private final boolean requestSent;

  /**
   * Creates the exception.
   *
   * @param message what failed on the connection
   * @param requestSent whether the request may have reached the server
   * @param cause the connection's own exception; null when there is none
   */
  public MistralIoException(String message, boolean requestSent, @Nullable Throwable cause) {
    super(message, cause);
    this.requestSent = requestSent;
  }

  /**
   * Whether the request may have reached the server. When false (connection refused, pool
   * exhausted) repeating it can never duplicate work.
   *
   * @return true when the request may have reached the server; false when it certainly did not
   */
  public boolean requestSent() {
    return requestSent;
  }
}
