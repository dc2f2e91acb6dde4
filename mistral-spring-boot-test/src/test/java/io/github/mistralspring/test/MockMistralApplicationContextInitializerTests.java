package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.JsonNode;

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
  void countsAnEmptyKeyInTheEnvironmentAsNoKey() {
    // MISTRAL_API_KEY= is what the build's surefire configuration sets.
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .environment(withEnvironmentVariable("MISTRAL_API_KEY", ""))
            .web(WebApplicationType.NONE)
            .properties("mistral.simulator.enabled=when-no-key")
            .run()) {
      MockMistralServer server = context.getBean(MockMistralServer.class);

      assertThat(context.getEnvironment().getProperty("mistral.base-url"))
          .isEqualTo(server.baseUrl());
      assertThat(context.getBean(MistralClient.class).models().list().data()).isNotEmpty();
      assertThat(server.takeRequest().header("authorization"))
          .isEqualTo("Bearer " + MockMistralAutoConfiguration.API_KEY);
    }
  }

  @Test
  void countsAKeyInTheEnvironmentAsAKey() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .environment(withEnvironmentVariable("MISTRAL_API_KEY", "real"))
            .web(WebApplicationType.NONE)
            .properties("mistral.simulator.enabled=when-no-key")
            .run()) {
      assertThat(context.getBeanProvider(MockMistralServer.class).getIfAvailable()).isNull();
    }
  }

  @Test
  void countsAKeyPlaceholderThatNothingResolvesAsNoKey() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .environment(withEnvironmentVariable("OTHER", "x"))
            .web(WebApplicationType.NONE)
            .properties(
                "mistral.simulator.enabled=when-no-key", "mistral.api-key=${MISTRAL_API_KEY}")
            .run()) {
      assertThat(context.getBean(MockMistralServer.class)).isNotNull();
    }
  }

  /** An environment whose only environment variable is the one given, as a shell would set it. */
  private static StandardEnvironment withEnvironmentVariable(String name, String value) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .replace(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.<String, Object>of(name, value)));
    return environment;
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

  @Test
  void startsTheSimulatorWithTheSeedAndTokenDelayConfigured() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "mistral.simulator.enabled=true",
                "mistral.simulator.seed=42",
                "mistral.simulator.token-delay=25ms")
            .run()) {
      MockMistralServer server = context.getBean(MockMistralServer.class);

      assertThat(server.seed()).isEqualTo(42L);
      assertThat(server.tokenDelay()).isEqualTo(Duration.ofMillis(25));
    }
  }

  @Test
  void refusesAnEnabledValueItDoesNotKnowNamingTheProperty() {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(SampleApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("mistral.simulator.enabled=sometimes")
                    .run()
                    .close())
        .hasStackTraceContaining("mistral.simulator.enabled");
  }

  @Test
  void describesEverySimulatorPropertyForTheIde() throws IOException {
    JsonNode metadata;
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's metadata").isNotNull();
      metadata = Json.parse(in.readAllBytes());
    }
    List<String> names = new ArrayList<>();
    for (JsonNode property : metadata.get("properties")) {
      if (property.get("name").asString().startsWith("mistral.simulator.")) {
        names.add(property.get("name").asString());
        assertThat(property.get("description").asString()).isNotBlank().doesNotContain("{@");
      }
    }
    List<String> hinted = new ArrayList<>();
    metadata.get("hints").forEach(hint -> hinted.add(hint.get("name").asString()));

    assertThat(names)
        .containsExactlyInAnyOrder(
            "mistral.simulator.enabled",
            "mistral.simulator.port",
            "mistral.simulator.retire-fine-tuning",
            "mistral.simulator.seed",
            "mistral.simulator.token-delay");
    assertThat(hinted).contains("mistral.simulator.enabled");
  }
}
