package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** A start-up without a key fails early, and says how to fix it. */
class MistralApiKeyMissingTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class));

  @Test
  void failsToStartWithoutAKey() {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          assertThat(context)
              .getFailure()
              .rootCause()
              .isExactlyInstanceOf(MistralApiKeyMissingException.class)
              .hasMessageContaining("mistral.api-key")
              .hasMessageContaining("MISTRAL_API_KEY");
        });
  }

  @Test
  void treatsBlankKeysAsMissing() {
    runner
        .withPropertyValues("mistral.api-key= ")
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "  "))
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isExactlyInstanceOf(MistralApiKeyMissingException.class));
  }

  @Test
  void failureAnalysisNamesThePropertyAndTheVariable() {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    runner.run(context -> failure.set(context.getStartupFailure()));
    assertThat(failure.get()).isNotNull();

    FailureAnalysis analysis = new MistralApiKeyFailureAnalyzer().analyze(failure.get());

    assertThat(analysis).isNotNull();
    assertThat(analysis.getDescription()).contains("mistral.api-key").contains("MISTRAL_API_KEY");
    assertThat(analysis.getAction())
        .contains("mistral.api-key")
        .contains("MISTRAL_API_KEY")
        .contains("mistral.enabled=false");
    assertThat(analysis.getCause()).isInstanceOf(MistralApiKeyMissingException.class);
  }

  @Test
  void failureAnalyzerIgnoresOtherFailures() {
    assertThat(
            new MistralApiKeyFailureAnalyzer().analyze(new IllegalStateException("something else")))
        .isNull();
  }

  @Test
  void aKeyFromTheVariableAloneIsEnough() {
    runner
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "variable-key-not-real"))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              // The key it sends is checked over HTTP in MistralAutoConfigurationHttpTests.
              assertThat(context).hasSingleBean(MistralClient.class);
            });
  }
}
