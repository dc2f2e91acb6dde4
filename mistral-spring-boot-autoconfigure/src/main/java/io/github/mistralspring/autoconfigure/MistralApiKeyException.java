package io.github.mistralspring.autoconfigure;

/**
 * The API key of an auto-configured Mistral client cannot be used: it is missing, blank, a
 * placeholder that did not resolve, or holds characters no key has. The message says which property
 * or variable is at fault (never the key); {@link #getAction()} says how to fix it, and Spring Boot
 * prints both when the start-up fails.
 */
public class MistralApiKeyException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** How to fix the key, as the failure analyzer prints it under "Action". */
  private final String action;

  /**
   * Creates the exception.
   *
   * @param description what is wrong, naming where the key was looked for
   * @param action how to fix it
   */
  public MistralApiKeyException(String description, String action) {
    super(description);
    this.action = action;
  }

  /**
   * {@return how to fix the key, naming the property or environment variable to set; never the key}
   */
  public String getAction() {
    return action;
  }
}
