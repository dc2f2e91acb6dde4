package io.github.mistralspring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import io.github.mistralspring.test.MockMistralServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** With a key the sample talks to the real API: the simulator stays off. Nothing is called. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "MISTRAL_API_KEY=a-key-for-this-test-only")
class WithAKeyTests {

  @Autowired private ApplicationContext context;
  @Autowired private MistralConnectionDetails connection;
  @Autowired private MistralBackend backend;

  @Test
  void leavesTheSimulatorOff() {
    assertThat(context.getBeansOfType(MockMistralServer.class)).isEmpty();
    assertThat(connection.baseUrl()).isEqualTo("https://api.mistral.ai");
    assertThat(connection.apiKey()).isEqualTo("a-key-for-this-test-only");
  }

  @Test
  void tellsThePageTheMistralApiAnswers() {
    assertThat(backend.backend()).isEqualTo("api.mistral.ai");
    assertThat(backend.simulator()).isFalse();
    assertThat(backend.apiKeySet()).isTrue();
    assertThat(backend.summary())
        .doesNotContain("With no MISTRAL_API_KEY")
        .contains("https://api.mistral.ai");
  }
}
