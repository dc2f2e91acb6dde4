package io.github.mistralspring.client.error;

/** The API answered 401 Unauthorized: the API key is missing, wrong or revoked. */
public class MistralAuthenticationException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralAuthenticationException(MistralErrorResponse response) {
    super(response);
  }
}
