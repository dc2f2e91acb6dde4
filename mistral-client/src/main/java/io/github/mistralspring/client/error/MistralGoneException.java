package io.github.mistralspring.client.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The API answered 410 Gone: it retired the operation (as it did legacy fine-tuning), and calling
 * it again will not succeed. {@link #replacement()} names what replaced it when the answer said.
 */
public class MistralGoneException extends MistralApiException {

  private static final long serialVersionUID = 1L;

  /** What replaced the operation, as the response named it. */
  private final @Nullable String replacement;

  /**
   * Creates the exception from the parts of an error response.
   *
   * @param replacement what replaced the operation, as the response named it; null when it named
   *     nothing
   * @param response the parts of the error response: status, headers, body and what was parsed from
   *     it
   */
  public MistralGoneException(MistralErrorResponse response, @Nullable String replacement) {
    super(response);
    this.replacement = replacement;
  }

  /**
   * What replaced the retired operation, when the response said: the body's {@code replacement},
   * {@code replaced_by}, {@code successor} or {@code alternative} (at the top or under {@code
   * error}), else the target of a {@code Link} header with {@code rel="successor-version"}.
   *
   * @return what replaced the operation; empty when the response did not say
   */
  public Optional<String> replacement() {
    return Optional.ofNullable(replacement);
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return replacement == null ? message : message + " (replaced by " + replacement + ")";
  }
}
