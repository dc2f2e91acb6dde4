package io.github.mistralspring.client.error;

/**
 * No connection could be taken from the client's pool: every connection was busy and either the
 * queue of waiting calls was full or the wait ran out. Nothing was sent, so it may be retried; the
 * message names the {@code mistral.pool.*} setting to change.
 */
public class MistralPoolExhaustedException extends MistralIoException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MistralPoolExhaustedException(String message, Throwable cause) {
    super(message, false, cause);
  }
}
