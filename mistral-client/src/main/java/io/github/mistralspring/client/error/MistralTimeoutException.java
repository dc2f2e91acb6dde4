package io.github.mistralspring.client.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** The API did not answer, or a stream went silent, for longer than the configured timeout. */
public class MistralTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The configured timeout that ran out. */
  private final Duration timeout;

  /**
   * Creates the exception.
   *
   * @param message what timed out, naming the setting to change
   * @param timeout the timeout that ran out
   * @param cause the timer's own exception; null when there is none
   */
  public MistralTimeoutException(String message, Duration timeout, @Nullable Throwable cause) {
    super(message, cause);
    this.timeout = timeout;
  }

  /**
   * The timeout that ran out.
   *
   * @return the configured timeout that ran out, to compare with the setting
   */
  public Duration timeout() {
    return timeout;
  }
}
