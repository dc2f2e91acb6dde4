package io.github.mistralspring.client.error;

import java.time.Duration;

/** The API did not answer, or a stream went silent, for longer than the configured timeout. */
public class MistralTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final Duration timeout;

  /** Creates the exception. */
  public MistralTimeoutException(String message, Duration timeout, Throwable cause) {
    super(message, cause);
    this.timeout = timeout;
  }

  /** The timeout that ran out. */
  public Duration timeout() {
    return timeout;
  }
}
