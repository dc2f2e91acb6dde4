package io.github.mistralspring.client.error;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Keeps everything the server said: the status, the headers,
 * the raw body, and the message, type and code parsed from it when the body was JSON.
 */
public class MistralApiException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status code of the error response. */
  private final int statusCode;

  // Not serialised: absent after deserialisation, when headers() reads as empty.
  private final transient @Nullable Map<String, List<String>> headers;

  /** The response body as the server sent it. */
  private final String rawBody;

  /** The error message parsed from the body. */
  private final @Nullable String errorMessage;

  /** The error type parsed from the body. */
  private final @Nullable String errorType;

  /** The error code parsed from the body. */
  private final @Nullable String errorCode;

  /** The request id the API sent. */
  private final @Nullable String requestId;

  /** The delay the server asked for. */
  private final @Nullable Duration retryAfter;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
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

  /**
   * The HTTP status code, such as 400 or 503.
   *
   * @return the status code of the error response
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The response headers, with lower-case names.
   *
   * @return an unmodifiable map from lower-case header name to its values; empty after
   *     deserialisation
   */
  public Map<String, List<String>> headers() {
    return headers == null ? Collections.emptyMap() : headers;
  }

  /**
   * The response body exactly as the server sent it (decoded as UTF-8), or an empty string.
   *
   * @return the body as sent, to log or parse further; empty when the response had none
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * The error message parsed from the body, when it had one; {@link Optional}, like {@link
   * #requestId()}, as every value the API may leave out of an error.
   *
   * @return the message; empty when the body was not JSON or had none
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * The error type parsed from the body (such as {@code invalid_request_error}), when it had one.
   *
   * @return the error type; empty when the body had none
   */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /**
   * The error code parsed from the body, when it had one.
   *
   * @return the error code; empty when the body had none
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The id the API gave this request ({@code mistral-correlation-id}), when it sent one.
   *
   * @return the request's correlation id, to quote when reporting a problem; empty when the API
   *     sent none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The delay the server asked for in {@code Retry-After}, when it sent one.
   *
   * @return the delay asked for; empty when the response had no {@code Retry-After}
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
