package io.github.mistralspring.sample;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the Mistral client's failures into problem details: an error the API answered keeps its
 * status, and any other failure is a 502. Only what the API said is passed on, never the request's
 * headers, so the API key cannot leak.
 */
@RestControllerAdvice
class MistralExceptionHandler {

  private static final Logger logger = LoggerFactory.getLogger(MistralExceptionHandler.class);

  @ExceptionHandler(MistralApiException.class)
  ResponseEntity<ProblemDetail> apiError(MistralApiException error) {
    logger.warn("{}", error.getMessage());
    HttpStatusCode status = HttpStatusCode.valueOf(error.statusCode());
    String detail =
        StringUtils.hasText(error.errorMessage())
            ? error.errorMessage()
            : "The Mistral API answered " + error.statusCode();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle("Mistral API error");
    if (error.errorType() != null) {
      problem.setProperty("errorType", error.errorType());
    }
    if (error.errorCode() != null) {
      problem.setProperty("errorCode", error.errorCode());
    }
    error.requestId().ifPresent(id -> problem.setProperty("requestId", id));
    return ResponseEntity.status(status).body(problem);
  }

  @ExceptionHandler(MistralException.class)
  ResponseEntity<ProblemDetail> clientError(MistralException error) {
    logger.warn("Calling the Mistral API failed", error);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_GATEWAY,
            "The Mistral API could not be reached or gave no usable answer");
    problem.setTitle("Mistral API unavailable");
    problem.setProperty("failure", error.getClass().getSimpleName());
    return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(problem);
  }
}
