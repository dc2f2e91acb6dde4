package io.github.mistralspring.client.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an error response the API sent, as the exceptions keep them.
 *
 * @param method the request's HTTP method
 * @param path the request's path, without the base URL
 * @param statusCode the HTTP status code
 * @param headers the response headers, with lower-case names
 * @param rawBody the body as sent (decoded as UTF-8); empty when there was none
 * @param message the message parsed from the body; absent when the body had none
 * @param type the error type parsed from the body; absent when the body had none
 * @param code the error code parsed from the body; absent when the body had none
 * @param requestId the request id the API sent; absent when it sent none
 * @param retryAfter the delay asked for by {@code Retry-After}; absent when it asked for none
 */
public record MistralErrorResponse(
    String method,
    String path,
    int statusCode,
    Map<String, List<String>> headers,
    String rawBody,
    @Nullable String message,
    @Nullable String type,
    @Nullable String code,
    @Nullable String requestId,
    @Nullable Duration retryAfter) {

  private static final int BODY_EXCERPT_LENGTH = 200;

  // A message longer than this is cut in the exception's own message; errorMessage() keeps it all.
  private static final int MESSAGE_LENGTH = 1_000;

  /**
   * A one-line description for an exception message: status, operation, and what was said.
   *
   * @return the status, the method and path, and the message (or an excerpt of the body) with the
   *     request id
   */
  public String describe() {
    StringBuilder text =
        new StringBuilder("Mistral API answered ")
            .append(statusCode)
            .append(" to ")
            .append(method)
            .append(' ')
            .append(path);
    if (message != null && !message.isBlank()) {
      text.append(": ");
      if (message.length() > MESSAGE_LENGTH) {
        text.append(message, 0, MESSAGE_LENGTH)
            .append("… (")
            .append(message.length() - MESSAGE_LENGTH)
            .append(" more characters)");
      } else {
        text.append(message);
      }
    } else if (rawBody != null && !rawBody.isBlank()) {
      String excerpt = rawBody.strip();
      if (excerpt.length() > BODY_EXCERPT_LENGTH) {
        excerpt = excerpt.substring(0, BODY_EXCERPT_LENGTH) + "…";
      }
      text.append(": ").append(excerpt.replaceAll("\\s+", " "));
    }
    if (requestId != null) {
      text.append(" (request id ").append(requestId).append(')');
    }
    return text.toString();
  }
}
