package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** What a user writes: one annotation, then script answers and assert on requests. */
@SpringBootTest
@AutoConfigureMockMistral
class MockMistralSpringBootTests {

  // No component scan: the test package holds other tests' configurations.
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class UserApplication {}

  @Autowired MistralClient mistral;

  @Autowired MockMistralServer server;

  @Test
  void pointsTheClientAtTheSimulator() {
    server.enqueue(MockResponse.answer("Simulated summary."));

    assertThat(
            mistral
                .chat()
                .complete(
                    ChatCompletionRequest.builder()
                        .model("mistral-small-latest")
                        .addUserMessage("Summarize this")
                        .build())
                .firstContent())
        .isEqualTo("Simulated summary.");
    assertThat(server.takeRequest().header("authorization")).startsWith("Bearer ");
  }

  @Test
  void startsEachTestWithNoRecordedRequests() {
    assertThat(server.requestCount()).isZero();
  }
}
