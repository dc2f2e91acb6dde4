package io.github.mistralspring.autoconfigure.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.observation.DefaultMistralObservationConvention;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The clients' observations become the GenAI duration and token usage meters. */
class MistralObservationAutoConfigurationTests {

  private static final String COMPLETION =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1,"model":"mistral-small-2506",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}
      """;

  private static final String STREAM =
      "data: {\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
          + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":"
          + "{\"content\":\"Paris\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":4,\"total_tokens\":14}}\n\n"
          + "data: [DONE]\n\n";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ObservationAutoConfiguration.class,
                  MetricsAutoConfiguration.class,
                  SimpleMetricsExportAutoConfiguration.class,
                  MistralAutoConfiguration.class,
                  MistralObservationAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=test-key-not-real",
              "mistral.base-url=" + server.baseUrl(),
              "mistral.retry.enabled=false");

  private static ChatCompletionRequest question() {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage("Capital of France?")
        .build();
  }

  @Test
  void aCompletionAndAStreamRecordTheDurationAndTheTokens() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          MistralClient client = context.getBean(MistralClient.class);
          server.stubFor(
              post("/v1/chat/completions")
                  .willReturn(
                      aResponse()
                          .withHeader("Content-Type", "application/json")
                          .withBody(COMPLETION)));
          client.chat().complete(question());
          server.stubFor(
              post("/v1/chat/completions")
                  .willReturn(
                      aResponse()
                          .withHeader("Content-Type", "text/event-stream")
                          .withBody(STREAM)));
          client.reactive().chat().stream(question()).blockLast();

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          for (String operation : new String[] {"chat", "chat.stream"}) {
            Timer timer =
                meters
                    .get("gen_ai.client.operation.duration")
                    .tag("mistral.operation", operation)
                    .timer();
            assertThat(timer.count()).isEqualTo(1);
            assertThat(timer.getId().getTag("gen_ai.operation.name")).isEqualTo("chat");
            assertThat(timer.getId().getTag("gen_ai.provider.name")).isEqualTo("mistral_ai");
            assertThat(timer.getId().getTag("gen_ai.request.model"))
                .isEqualTo("mistral-small-latest");
            assertThat(timer.getId().getTag("gen_ai.response.model"))
                .isEqualTo("mistral-small-2506");
            assertThat(timer.getId().getTag("error.type")).isEqualTo("none");
          }
          DistributionSummary input =
              meters
                  .get("gen_ai.client.token.usage")
                  .tag("mistral.operation", "chat")
                  .tag("gen_ai.token.type", "input")
                  .summary();
          assertThat(input.totalAmount()).isEqualTo(9);
          assertThat(input.getId().getTag("gen_ai.response.model")).isEqualTo("mistral-small-2506");
          DistributionSummary streamedOutput =
              meters
                  .get("gen_ai.client.token.usage")
                  .tag("mistral.operation", "chat.stream")
                  .tag("gen_ai.token.type", "output")
                  .summary();
          assertThat(streamedOutput.totalAmount()).isEqualTo(4);
        });
  }

  @Test
  void aConventionBeanReplacesTheDefault() {
    runner
        .withBean(
            MistralObservationConvention.class,
            () ->
                new DefaultMistralObservationConvention() {
                  @Override
                  public String getName() {
                    return "my.mistral";
                  }
                })
        .run(
            context -> {
              server.stubFor(
                  post("/v1/chat/completions")
                      .willReturn(
                          aResponse()
                              .withHeader("Content-Type", "application/json")
                              .withBody(COMPLETION)));
              context.getBean(MistralClient.class).chat().complete(question());
              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(meters.find("my.mistral").timer()).isNotNull();
              assertThat(meters.find("gen_ai.client.operation.duration").timer()).isNull();
            });
  }

  @Test
  void withoutObservationsTheClientGetsTheNoopRegistryAndNoHandler() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                MistralAutoConfiguration.class, MistralObservationAutoConfiguration.class))
        .withPropertyValues("mistral.api-key=test-key-not-real")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MistralTokenUsageObservationHandler.class);
              assertThat(context.getBean(ReactiveMistralClient.class).settings().observed())
                  .isFalse();
            });
  }

  @Test
  void theContentIsLeftOutUnlessTheUserOptsIn() {
    runner.run(
        context ->
            assertThat(context.getBean(ReactiveMistralClient.class).settings().observeContent())
                .isFalse());
    runner
        .withPropertyValues("mistral.observations.include-content=true")
        .run(
            context ->
                assertThat(context.getBean(ReactiveMistralClient.class).settings().observeContent())
                    .isTrue());
  }
}
