package io.github.mistralspring.autoconfigure;

/**
 * No usable API key was configured for an auto-configured Mistral client: none at all, a blank one,
 * or a placeholder such as {@code ${MISTRAL_API_KEY}} that nothing resolved.
 */
public class MistralApiKeyMissingException extends MistralApiKeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception for the default client when neither the property nor the variable is set.
   */
  public MistralApiKeyMissingException() {
    this(
        "No Mistral API key: set the mistral.api-key property or the MISTRAL_API_KEY environment"
            + " variable",
        ApiKeys.DEFAULT_ACTION);
  }

  /**
   * Creates the exception.
   *
   * @param description what is missing, naming where the key was looked for
   * @param action how to fix it
   */
  public MistralApiKeyMissingException(String description, String action) {
    super(description, action);
  }
}
