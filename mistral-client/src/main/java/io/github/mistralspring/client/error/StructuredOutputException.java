package io.github.mistralspring.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The model's answer could not be read as the Java type its structured output was asked for: not
 * JSON, cut off, or JSON of another shape. Keeps the raw text, so the answer is never lost behind
 * the error.
 */
public class StructuredOutputException extends MistralException {

  private static final long serialVersionUID = 1L;

  private static final int EXCERPT = 200;

  /** The name of the Java type the answer was to be read as. */
  private final String targetType;

  /** The answer's text as the model wrote it. */
  private final @Nullable String rawText;

  /**
   * Creates the exception.
   *
   * @param problem what is wrong, without the raw text (it is appended, shortened)
   * @param targetType the name of the Java type the answer was to be read as
   * @param rawText the answer's text as the model wrote it; null when it wrote none
   * @param cause the parser's error; null when there was no parser error (no text at all)
   */
  public StructuredOutputException(
      String problem, String targetType, @Nullable String rawText, @Nullable Throwable cause) {
    super(problem + "; the answer was: " + excerpt(rawText), cause);
    this.targetType = targetType;
    this.rawText = rawText;
  }

  private static String excerpt(@Nullable String text) {
    if (text == null) {
      return "(no text)";
    }
    return text.length() <= EXCERPT
        ? text
        : text.substring(0, EXCERPT) + "… (" + text.length() + " characters)";
  }

  /**
   * The name of the Java type the answer was to be read as.
   *
   * @return the target type's name, such as {@code com.example.Recipe}
   */
  public String targetType() {
    return targetType;
  }

  /**
   * The answer's text exactly as the model wrote it.
   *
   * @return the raw answer, to log or parse by hand; absent when the model wrote no text
   */
  public @Nullable String rawText() {
    return rawText;
  }
}
