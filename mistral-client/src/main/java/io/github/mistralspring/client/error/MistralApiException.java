package io.github.mistralspring.client.error;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an error status. Keeps everything the server said: the status, the headers,
 * the raw body, and the message, type and code parsed from it when the body was JSON.
 */
public class MistralApiException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String rawBody;
  private final String errorMessage;
  private final String errorType;
  private final String errorCode;
  private final String requestId;
  private final Duration retryAfter;

  /** Creates the exception from the parts of an error response. */
  public MistralApiException(MistralErrorResponse response) {
    super(response.describe());
    this.statusCode = response.statusCode();
    this.headers = response.headers();
    this.rawBody = response.rawBody();
    this.errorMessage = response.message();
    this.errorType = response.type();
    this.errorCode = response.code();
    this.requestId = response.requestId();
    this.retryAfter = response.retryAfter();
  }

  /** The HTTP status code, such as 400 or 503. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, with lower-case names. */
  public Map<String, List<String>> headers() {
    return headers == null ? Collections.emptyMap() : headers;
  }

  /** The response body exactly as the server sent it (decoded as UTF-8), or an empty string. */
  public String rawBody() {
    return rawBody;
  }

  /**
   * The error message parsed from the body, when it had one; {@link Optional}, like {@link
   * #requestId()}, as every value the API may leave out of an error.
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * The error type parsed from the body (such as {@code invalid_request_error}), when it had one.
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** The error code parsed from the body, when it had one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** The id the API gave this request ({@code mistral-correlation-id}), when it sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** The delay the server asked for in {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
