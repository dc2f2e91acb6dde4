package io.github.mistralspring.autoconfigure.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.health.MistralHealthContributorAutoConfiguration;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The Mistral meters as a Prometheus scrape shows them. */
class MistralPrometheusMetricsTests {

  private static final String COMPLETION =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1,"model":"mistral-small-2506",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ObservationAutoConfiguration.class,
                  MetricsAutoConfiguration.class,
                  PrometheusMetricsExportAutoConfiguration.class,
                  MistralAutoConfiguration.class,
                  MistralObservationAutoConfiguration.class,
                  MistralHealthContributorAutoConfiguration.class))
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

  private static void stubTheApi() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(COMPLETION)));
    server.stubFor(
        get("/v1/models")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"object\":\"list\",\"data\":[]}")));
  }

  private static List<String> lines(String scrape, String prefix) {
    return Arrays.stream(scrape.split("\n")).filter(line -> line.startsWith(prefix)).toList();
  }

  private String scrapeAfterACallAndAHealthCheck() {
    stubTheApi();
    AtomicReference<String> scrape = new AtomicReference<>();
    runner.run(
        context -> {
          context.getBean(MistralClient.class).chat().complete(question());
          Health health =
              context
                  .getBean("mistralHealthContributor", ReactiveHealthIndicator.class)
                  .health()
                  .block(Duration.ofSeconds(10));
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/models")))).hasSize(1);
          scrape.set(context.getBean(PrometheusMeterRegistry.class).scrape());
        });
    return scrape.get();
  }

  @Test
  void theDurationAndTheActiveCallsHaveADescription() {
    String scrape = scrapeAfterACallAndAHealthCheck();

    assertThat(lines(scrape, "# HELP gen_ai_client_operation_duration_seconds "))
        .singleElement()
        .asString()
        .contains("Duration of calls to the Mistral AI API");
    assertThat(lines(scrape, "# HELP gen_ai_client_operation_active_seconds "))
        .singleElement()
        .asString()
        .contains("in progress");
  }

  @Test
  void theDurationHasErrorTypeButNotMicrometersDuplicateErrorTag() {
    String scrape = scrapeAfterACallAndAHealthCheck();

    assertThat(lines(scrape, "gen_ai_client_operation_duration_seconds_count"))
        .allSatisfy(line -> assertThat(line).contains("error_type=\"").doesNotContain("error=\""))
        .isNotEmpty();
  }

  @Test
  void healthChecksAreNotCountedAsGenAiOperations() {
    String scrape = scrapeAfterACallAndAHealthCheck();

    assertThat(lines(scrape, "gen_ai_client_operation_duration_seconds_count"))
        .singleElement()
        .asString()
        .contains("mistral_operation=\"chat\"");
    assertThat(scrape).doesNotContain("models.list");
  }

  @Test
  void histogramBucketsAndSlosComeFromBootsDistributionProperties() {
    stubTheApi();
    runner
        .withPropertyValues(
            "management.metrics.distribution.percentiles-histogram.gen_ai.client.operation.duration=true",
            "management.metrics.distribution.slo.gen_ai.client.operation.duration=100ms,2s")
        .run(
            context -> {
              context.getBean(MistralClient.class).chat().complete(question());

              String scrape = context.getBean(PrometheusMeterRegistry.class).scrape();

              List<String> buckets =
                  lines(scrape, "gen_ai_client_operation_duration_seconds_bucket");
              assertThat(buckets).isNotEmpty();
              assertThat(buckets).anyMatch(line -> line.contains("le=\"0.1\""));
              assertThat(buckets).anyMatch(line -> line.contains("le=\"2.0\""));
            });
  }
}
