package io.github.mistralspring.client.error;

/**
 * The connection to the API failed: refused, reset, closed early, or no connection could be taken
 * from the pool. {@link #requestSent()} tells whether the request may have reached the server.
 */
public class MistralIoException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final boolean requestSent;

  /** Creates the exception. */
  public MistralIoException(String message, boolean requestSent, Throwable cause) {
    super(message, cause);
    this.requestSent = requestSent;
  }

  /**
   * Whether the request may have reached the server. When false (connection refused, pool
   * exhausted) repeating it can never duplicate work.
   */
  public boolean requestSent() {
    return requestSent;
  }
}
