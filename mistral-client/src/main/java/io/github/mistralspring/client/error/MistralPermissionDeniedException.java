package io.github.mistralspring.client.error;

/** The API answered 403 Forbidden: the key may not use this model or operation. */
public class MistralPermissionDeniedException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralPermissionDeniedException(MistralErrorResponse response) {
    super(response);
  }
}
