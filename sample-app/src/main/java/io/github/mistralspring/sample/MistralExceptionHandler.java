package io.github.mistralspring.sample;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the Mistral client's failures into problem details ({@link MistralProblems}): an error the
 * API answered keeps its status, and any other failure is a 502.
 */
@RestControllerAdvice
class MistralExceptionHandler {

  private static final Logger logger = LoggerFactory.getLogger(MistralExceptionHandler.class);

  @ExceptionHandler(MistralException.class)
  ResponseEntity<ProblemDetail> mistralError(MistralException error) {
    if (error instanceof MistralApiException) {
      logger.warn("{}", error.getMessage());
    } else {
      logger.warn("Calling the Mistral API failed", error);
    }
    ProblemDetail problem = MistralProblems.of(error);
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }
}
