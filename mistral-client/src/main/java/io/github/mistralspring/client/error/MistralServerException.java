package io.github.mistralspring.client.error;

/** The API answered a 5xx status: the API failed or was unavailable. */
public class MistralServerException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralServerException(MistralErrorResponse response) {
    super(response);
  }
}
