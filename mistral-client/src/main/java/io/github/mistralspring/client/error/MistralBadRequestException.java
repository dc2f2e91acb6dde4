package io.github.mistralspring.client.error;

/** The API answered 400 Bad Request: the request was malformed or had invalid values. */
public class MistralBadRequestException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public MistralBadRequestException(MistralErrorResponse response) {
    super(response);
  }
}
