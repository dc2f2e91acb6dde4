package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * A response arrived but its body could not be read as the expected JSON. Keeps the status and the
 * raw body, so what the server said is never lost behind a parse error.
 */
public class MistralResponseParseException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response whose body could not be read. */
  private final int statusCode;

  /** The body as the server sent it, decoded as UTF-8. */
  private final String rawBody;

  /**
   * Creates the exception.
   *
   * @param message what could not be read, and as what
   * @param statusCode the HTTP status of the response
   * @param rawBody the body as the server sent it (decoded as UTF-8)
   * @param cause the parser's error; null when there is none
   */
  public MistralResponseParseException(
      String message, int statusCode, String rawBody, @Nullable Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody;
  }

  /**
   * The HTTP status of the response.
   *
   * @return the status code of the response whose body could not be read
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The body exactly as the server sent it (decoded as UTF-8).
   *
   * @return the body as sent, to see what the server said
   */
  public String rawBody() {
    return rawBody;
  }
}
