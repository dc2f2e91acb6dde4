package io.github.mistralspring.client.error;

/**
 * The model's answer could not be read as the Java type its structured output was asked for: not
 * JSON, cut off, or JSON of another shape. Keeps the raw text, so the answer is never lost behind
 * the error.
 */
public class StructuredOutputException extends MistralException {

  private static final long serialVersionUID = 1L;

  private static final int EXCERPT = 200;

  private final String targetType;
  private final String rawText;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, without the raw text (it is appended, shortened)
   * @param targetType the name of the Java type the answer was to be read as
   * @param rawText the answer's text as the model wrote it, or null when it wrote none
   * @param cause the parser's error, or null
   */
  public StructuredOutputException(
      String problem, String targetType, String rawText, Throwable cause) {
    super(problem + "; the answer was: " + excerpt(rawText), cause);
    this.targetType = targetType;
    this.rawText = rawText;
  }

  private static String excerpt(String text) {
    if (text == null) {
      return "(no text)";
    }
    return text.length() <= EXCERPT
        ? text
        : text.substring(0, EXCERPT) + "… (" + text.length() + " characters)";
  }

  /** The name of the Java type the answer was to be read as. */
  public String targetType() {
    return targetType;
  }

  /** The answer's text exactly as the model wrote it, or null when it wrote none. */
  public String rawText() {
    return rawText;
  }
}
