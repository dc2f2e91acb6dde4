package io.github.mistralspring.client.error;

/**
 * The client was closed: a call in flight was ended by the close, or a call was made after it and
 * sent nothing. Never retried.
 */
public class MistralClientClosedException extends MistralException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was called or ended, and that the client was closed
   */
  public MistralClientClosedException(String message) {
    super(message);
  }
}
