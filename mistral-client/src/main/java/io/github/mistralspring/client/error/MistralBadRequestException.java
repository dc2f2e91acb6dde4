package io.github.mistralspring.client.error;

/** The API answered 400 Bad Request: the request was malformed or had invalid values. */
public class MistralBadRequestException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralBadRequestException(MistralErrorResponse response) {
    super(response);
  }
}
