package io.github.mistralspring.autoconfigure;

/** No API key was configured for the auto-configured Mistral client. */
public class MistralApiKeyMissingException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MistralApiKeyMissingException() {
    super(
        "No Mistral API key: set the mistral.api-key property or the MISTRAL_API_KEY environment"
            + " variable");
  }
}
