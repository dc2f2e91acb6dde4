package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class MockMistralApplicationContextInitializerTests {

  // No component scan: the test package holds other tests' configurations.
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class SampleApplication {}

  @Test
  void startsTheSimulatorWhenNoKeyIsSet() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .web(WebApplicationType.NONE)
            .properties("mistral.simulator.enabled=when-no-key")
            .run()) {
      MockMistralServer server = context.getBean(MockMistralServer.class);

      assertThat(
              context
                  .getBean(MistralClient.class)
                  .chat()
                  .complete(
                      ChatCompletionRequest.builder()
                          .model("mistral-small-latest")
                          .addUserMessage("Hello")
                          .build())
                  .firstContent())
          .isNotBlank();
      assertThat(server.requestCount()).isEqualTo(1);
    }
  }

  @Test
  void leavesTheRealApiAloneWhenAKeyIsSet() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .web(WebApplicationType.NONE)
            .properties("mistral.simulator.enabled=when-no-key")
            // An argument, since the build blanks MISTRAL_API_KEY, which binds to mistral.api-key.
            .run("--mistral.api-key=real")) {
      assertThat(context.getBeanProvider(MockMistralServer.class).getIfAvailable()).isNull();
    }
  }
}
