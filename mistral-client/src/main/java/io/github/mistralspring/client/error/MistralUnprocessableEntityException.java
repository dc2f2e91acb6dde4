package io.github.mistralspring.client.error;

import java.util.List;

/**
 * The API answered 422 Unprocessable Entity: the request did not validate. {@link
 * #validationErrors()} lists each problem with its location in the request.
 */
public class MistralUnprocessableEntityException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  private final List<ValidationError> validationErrors;

  /** Creates the exception from the parts of an error response. */
  public MistralUnprocessableEntityException(
      MistralErrorResponse response, List<ValidationError> validationErrors) {
    super(response);
    this.validationErrors = List.copyOf(validationErrors);
  }

  /** The validation problems the API reported (its {@code detail} list); may be empty. */
  public List<ValidationError> validationErrors() {
    return validationErrors;
  }
}
