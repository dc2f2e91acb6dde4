package io.github.mistralspring.client.error;

import java.util.List;

/**
 * The API answered 422 Unprocessable Entity: the request did not validate. {@link
 * #validationErrors()} lists each problem with its location in the request.
 */
public class MistralUnprocessableEntityException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /** The problems the API listed in the body's {@code detail}; empty when it listed none. */
  private final List<ValidationError> validationErrors;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   * @param validationErrors the problems listed in the body's {@code detail}; empty when it listed
   *     none
   */
  public MistralUnprocessableEntityException(
      MistralErrorResponse response, List<ValidationError> validationErrors) {
    super(response);
    this.validationErrors = List.copyOf(validationErrors);
  }

  /**
   * The validation problems the API reported (its {@code detail} list); may be empty.
   *
   * @return an unmodifiable list of the problems, each with its location in the request
   */
  public List<ValidationError> validationErrors() {
    return validationErrors;
  }
}
