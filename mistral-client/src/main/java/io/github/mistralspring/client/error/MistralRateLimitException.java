package io.github.mistralspring.client.error;

/**
 * The API answered 429 Too Many Requests: a rate or usage limit was reached. {@link #retryAfter()}
 * holds the delay the server asked for, when it sent one.
 */
public class MistralRateLimitException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralRateLimitException(MistralErrorResponse response) {
    super(response);
  }
}
