package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/** The root of every exception the Mistral client throws; all of them are unchecked. */
public class MistralException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and, where there is one, how to fix it
   */
  public MistralException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the failure that caused it.
   *
   * @param message what went wrong and, where there is one, how to fix it
   * @param cause the failure that caused this one; null when there is none
   */
  public MistralException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
