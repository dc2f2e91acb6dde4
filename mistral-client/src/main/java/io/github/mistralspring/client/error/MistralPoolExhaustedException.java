package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * No connection could be taken from the client's pool: every connection was busy and either the
 * queue of waiting calls was full or the wait ran out. Nothing was sent, so it may be retried; the
 * message names the {@code mistral.pool.*} setting to change.
 */
public class MistralPoolExhaustedException extends MistralIoException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what ran out, naming the {@code mistral.pool.*} setting to change
   * @param cause the pool's own exception; null when there is none
   */
  public MistralPoolExhaustedException(String message, @Nullable Throwable cause) {
    super(message, false, cause);
  }
}
