package io.github.mistralspring.client.error;

/** The API answered 404 Not Found: the model, file, job, agent or conversation does not exist. */
public class MistralNotFoundException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralNotFoundException(MistralErrorResponse response) {
    super(response);
  }
}
