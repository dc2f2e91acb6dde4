package io.github.mistralspring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import io.github.mistralspring.test.MockMistralServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

/** What the banner says, for each way the sample can be started. */
class MistralBackendTests {

  private final StaticListableBeanFactory beans = new StaticListableBeanFactory();
  private final MockEnvironment environment = new MockEnvironment();

  @Test
  void saysTheSimulatorAnswersBecauseNoKeyIsSet() {
    try (MockMistralServer simulator = MockMistralServer.start()) {
      beans.addBean("mockMistralServer", simulator);
      environment.setProperty("MISTRAL_API_KEY", " ");

      MistralBackend backend = MistralBackend.of(beans, environment, at(simulator.baseUrl()));

      assertThat(backend.backend()).isEqualTo("simulator");
      assertThat(backend.simulator()).isTrue();
      assertThat(backend.apiKeySet()).isFalse();
      assertThat(backend.summary())
          .startsWith("With no MISTRAL_API_KEY set")
          .contains(simulator.baseUrl(), "Set MISTRAL_API_KEY and restart");
    }
  }

  @Test
  void saysTheSimulatorAnswersThoughAKeyIsSetWhenItIsForcedOn() {
    try (MockMistralServer simulator = MockMistralServer.start()) {
      beans.addBean("mockMistralServer", simulator);
      environment.setProperty("MISTRAL_API_KEY", "a-key-for-this-test-only");

      MistralBackend backend = MistralBackend.of(beans, environment, at(simulator.baseUrl()));

      assertThat(backend.simulator()).isTrue();
      assertThat(backend.apiKeySet()).isTrue();
      assertThat(backend.summary())
          .doesNotContain("With no MISTRAL_API_KEY")
          .contains("mistral.simulator.enabled=true")
          .doesNotContain("a-key-for-this-test-only");
    }
  }

  @Test
  void namesTheMistralApiWhenTheSimulatorIsOff() {
    MistralBackend backend = MistralBackend.of(beans, environment, at("https://api.mistral.ai"));

    assertThat(backend.backend()).isEqualTo("api.mistral.ai");
    assertThat(backend.simulator()).isFalse();
    assertThat(backend.apiKeySet()).isTrue();
    assertThat(backend.summary())
        .isEqualTo(
            "Answers come from the Mistral API at https://api.mistral.ai, with your API key.");
  }

  @Test
  void namesAnotherServerByItsHost() {
    MistralBackend backend =
        MistralBackend.of(beans, environment, at("http://mistral.internal.example:8089"));

    assertThat(backend.backend()).isEqualTo("mistral.internal.example");
    assertThat(backend.summary())
        .contains("Mistral-compatible server at http://mistral.internal.example:8089");
  }

  private static MistralConnectionDetails at(String baseUrl) {
    return new MistralConnectionDetails() {
      @Override
      public String baseUrl() {
        return baseUrl;
      }

      @Override
      public String apiKey() {
        return "a-key-for-this-test-only";
      }
    };
  }
}
