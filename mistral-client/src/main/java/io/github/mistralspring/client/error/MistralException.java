package io.github.mistralspring.client.error;

/** The root of every exception the Mistral client throws; all of them are unchecked. */
public class MistralException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message. */
  public MistralException(String message) {
    super(message);
  }

  /** Creates an exception with a message and the failure that caused it. */
  public MistralException(String message, Throwable cause) {
    super(message, cause);
  }
}
