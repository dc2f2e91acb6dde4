package io.github.mistralspring.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The health check against a local server: up, down with its reason, and cached. */
class MistralHealthIndicatorTests {

  static final String MODELS =
      """
      {"object":"list","data":[
        {"id":"mistral-small-latest","object":"model","type":"base","capabilities":{}},
        {"id":"mistral-embed","object":"model","type":"base","capabilities":{}}]}
      """;

  private static final String KEY = "test-key-never-shown";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ReactiveMistralClient client =
      ReactiveMistralClient.builder()
          .apiKey(KEY)
          .baseUrl(server.baseUrl())
          .retryPolicy(RetryPolicy.none())
          .buildReactive();

  @AfterEach
  void close() {
    client.close();
  }

  private MistralHealthIndicator indicator(Duration timeout, Duration cache) {
    return new MistralHealthIndicator(client, timeout, cache);
  }

  private static void answer(int status, String body, int delayMillis) {
    server.stubFor(
        get(urlPathEqualTo("/v1/models"))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withFixedDelay(delayMillis)
                    .withBody(body)));
  }

  @Test
  void isUpWithTheBaseUrlTheModelsAndTheLatency() {
    answer(200, MODELS, 0);

    Health health = indicator(Duration.ofSeconds(5), Duration.ofSeconds(30)).health().block();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("baseUrl", server.baseUrl())
        .containsEntry("models", 2)
        .containsKey("latency");
    assertThat(health.toString()).doesNotContain(KEY);
  }

  @Test
  void isDownSayingTheKeyIsInvalidOn401() {
    answer(401, "{\"message\":\"Unauthorized\"}", 0);

    Health health = indicator(Duration.ofSeconds(5), Duration.ofSeconds(30)).health().block();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("reason").toString()).contains("401").contains("invalid");
    assertThat(health.getDetails()).containsEntry("status", 401);
    assertThat(health.toString()).doesNotContain(KEY);
  }

  @Test
  void isDownWithAServerError() {
    answer(503, "{\"message\":\"overloaded\"}", 0);

    Health health = indicator(Duration.ofSeconds(5), Duration.ofSeconds(30)).health().block();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("reason").toString()).contains("server error (503)");
  }

  @Test
  void isDownWhenTheApiDoesNotAnswerInTime() {
    answer(200, MODELS, 2000);

    Health health =
        indicator(Duration.ofMillis(200), Duration.ofSeconds(30))
            .health()
            .block(Duration.ofSeconds(5));

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("reason").toString()).contains("No answer within PT0.2S");
  }

  @Test
  void fiftyConcurrentProbesShareOneCallWithinTheCachePeriod() {
    answer(200, MODELS, 300);
    MistralHealthIndicator indicator = indicator(Duration.ofSeconds(5), Duration.ofSeconds(30));

    List<Health> results =
        Flux.fromStream(IntStream.range(0, 50).boxed())
            .flatMap(
                probe -> Mono.defer(indicator::health).subscribeOn(Schedulers.boundedElastic()), 50)
            .collectList()
            .block(Duration.ofSeconds(10));
    indicator.health().block();

    assertThat(results).hasSize(50).allMatch(health -> health.getStatus().equals(Status.UP));
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
  }

  @Test
  void checksAgainOnceTheCachePeriodIsOver() throws InterruptedException {
    answer(200, MODELS, 0);
    MistralHealthIndicator indicator = indicator(Duration.ofSeconds(5), Duration.ofMillis(100));

    indicator.health().block();
    Thread.sleep(300);
    indicator.health().block();

    server.verify(2, getRequestedFor(urlPathEqualTo("/v1/models")));
  }
}
