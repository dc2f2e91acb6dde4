package io.github.mistralspring.autoconfigure;

/**
 * The API key of an auto-configured Mistral client holds characters no key has (a line break, a
 * control character, a space inside it, a non-ASCII character): it could not be sent as a header,
 * so the start-up stops rather than the first call.
 */
public class MistralApiKeyInvalidException extends MistralApiKeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param description what is wrong, naming where the key came from but never the key
   * @param action how to fix it
   */
  public MistralApiKeyInvalidException(String description, String action) {
    super(description, action);
  }
}
