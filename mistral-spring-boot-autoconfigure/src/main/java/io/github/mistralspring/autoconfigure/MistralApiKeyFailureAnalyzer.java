package io.github.mistralspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on a Mistral API key (missing, blank, an unresolved placeholder,
 * or with characters no key has), and how to fix it; registered in {@code
 * META-INF/spring.factories}.
 */
class MistralApiKeyFailureAnalyzer extends AbstractFailureAnalyzer<MistralApiKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MistralApiKeyException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.getAction(), cause);
  }
}
