package io.github.mistralspring.client.error;

/**
 * A blocking call, or a read of a blocking stream, was given up because its thread was interrupted.
 * The call is cancelled (its connection closed), the thread's interrupt flag is still set, and the
 * cause is the {@link InterruptedException}.
 *
 * <p>Not a {@link MistralIoException}: nothing failed on the connection, so code that retries
 * connection failures does not retry a call its own application asked to stop.
 */
public class MistralInterruptedException extends MistralException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was given up
   * @param cause the interruption
   */
  public MistralInterruptedException(String message, InterruptedException cause) {
    super(message, cause);
  }
}
