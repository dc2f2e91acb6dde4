package io.github.mistralspring.client.error;

/**
 * A response arrived but its body could not be read as the expected JSON. Keeps the status and the
 * raw body, so what the server said is never lost behind a parse error.
 */
public class MistralResponseParseException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String rawBody;

  /** Creates the exception. */
  public MistralResponseParseException(
      String message, int statusCode, String rawBody, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.rawBody = rawBody;
  }

  /** The HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** The body exactly as the server sent it (decoded as UTF-8). */
  public String rawBody() {
    return rawBody;
  }
}
