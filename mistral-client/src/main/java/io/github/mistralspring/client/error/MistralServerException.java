package io.github.mistralspring.client.error;

/** The API answered a 5xx status: the API failed or was unavailable. */
public class MistralServerException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception from the parts of an error response. */
  public MistralServerException(MistralErrorResponse response) {
    super(response);
  }
}
