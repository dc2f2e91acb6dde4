package io.github.mistralspring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a start-up that failed because no Mistral API key was configured, and how to fix it. */
class MistralApiKeyMissingFailureAnalyzer
    extends AbstractFailureAnalyzer<MistralApiKeyMissingException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MistralApiKeyMissingException cause) {
    return new FailureAnalysis(
        "The Mistral client needs an API key, and none was configured: neither the mistral.api-key"
            + " property nor the MISTRAL_API_KEY environment variable is set.",
        "Set the MISTRAL_API_KEY environment variable, or the mistral.api-key property (for"
            + " example mistral.api-key: ${MY_KEY} in application.yml). To run without the"
            + " Mistral client, set mistral.enabled=false, or define your own MistralClient and"
            + " ReactiveMistralClient beans or MistralConnectionDetails bean.",
        cause);
  }
}
