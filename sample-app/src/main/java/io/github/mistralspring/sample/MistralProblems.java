package io.github.mistralspring.sample;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.util.StringUtils;

/**
 * Describes a failure of the Mistral client as a problem detail, the same for a JSON answer and for
 * the error event that ends a stream. Only what the API said and the client's own message are
 * passed on, never the request's headers, so the API key cannot leak.
 */
final class MistralProblems {

  private MistralProblems() {}

  /**
   * The problem for a failure: an error the API answered keeps its status and message, and any
   * other failure (unreachable, timed out, a stream cut short, an unreadable answer) is a 502 that
   * says why.
   */
  static ProblemDetail of(MistralException error) {
    if (error instanceof MistralApiException api) {
      HttpStatusCode status = HttpStatusCode.valueOf(api.statusCode());
      String detail =
          api.errorMessage()
              .filter(StringUtils::hasText)
              .orElse("The Mistral API answered " + api.statusCode());
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle("Mistral API error");
      api.errorType().ifPresent(type -> problem.setProperty("errorType", type));
      api.errorCode().ifPresent(code -> problem.setProperty("errorCode", code));
      api.requestId().ifPresent(id -> problem.setProperty("requestId", id));
      return problem;
    }
    String reason = error.getMessage();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_GATEWAY,
            StringUtils.hasText(reason)
                ? reason
                : "The Mistral API could not be reached or gave no usable answer");
    problem.setTitle("Mistral API unavailable");
    problem.setProperty("failure", error.getClass().getSimpleName());
    return problem;
  }
}
