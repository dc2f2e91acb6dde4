package io.github.mistralspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up stopped on an unsupported Spring Boot line; registered in {@code
 * META-INF/spring.factories}.
 */
class MistralUnsupportedSpringBootFailureAnalyzer
    extends AbstractFailureAnalyzer<MistralUnsupportedSpringBootException> {

  @Override
  protected FailureAnalysis analyze(
      Throwable rootFailure, MistralUnsupportedSpringBootException cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Upgrade the application to Spring Boot 4.0 or later (the compatibility table of the"
            + " starter's README lists the versions it is built and tested with), or remove the"
            + " mistral-spring-boot-starter dependency.",
        cause);
  }
}
