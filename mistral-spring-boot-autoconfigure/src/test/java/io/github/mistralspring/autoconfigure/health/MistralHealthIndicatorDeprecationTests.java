package io.github.mistralspring.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Status;

/**
 * The health check warns, once per model, when a model the client uses by default has a model card
 * with a deprecation date; captured from Logback, where the test class path sends the log.
 */
class MistralHealthIndicatorDeprecationTests {

  private static final String MODELS =
      """
      {"object":"list","data":[
        {"id":"open-mistral-7b","object":"model","type":"base","capabilities":{},
         "deprecation":"2026-03-31T00:00:00Z","deprecation_replacement_model":"ministral-8b-latest"},
        {"id":"open-mixtral-8x7b","object":"model","type":"base","capabilities":{},
         "deprecation":"2026-03-31T00:00:00Z"},
        {"id":"mistral-embed","object":"model","type":"base","capabilities":{}}]}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final Logger logger =
      (Logger) LoggerFactory.getLogger(MistralHealthIndicator.class.getName());
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private ReactiveMistralClient client;

  @BeforeEach
  void captureTheLog() {
    appender.start();
    logger.addAppender(appender);
    server.stubFor(
        get(urlPathEqualTo("/v1/models"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(MODELS)));
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
    if (client != null) {
      client.close();
    }
  }

  private MistralHealthIndicator indicator(UnaryOperator<MistralClientBuilder> defaults) {
    client =
        defaults
            .apply(
                ReactiveMistralClient.builder()
                    .apiKey("test-key-not-real")
                    .baseUrl(server.baseUrl())
                    .retryPolicy(RetryPolicy.none()))
            .buildReactive();
    // No caching, so that every probe lists the models again.
    return new MistralHealthIndicator(client, Duration.ofSeconds(5), Duration.ZERO);
  }

  private List<String> warnings() {
    return appender.list.stream()
        .filter(event -> event.getLevel() == Level.WARN)
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Test
  void warnsOnceOfADeprecatedDefaultModelAcrossChecks() {
    MistralHealthIndicator indicator =
        indicator(builder -> builder.defaultChatModel("open-mistral-7b"));

    for (int i = 0; i < 3; i++) {
      assertThat(indicator.health().block(Duration.ofSeconds(5)).getStatus()).isEqualTo(Status.UP);
    }

    assertThat(warnings())
        .singleElement()
        .asString()
        .contains("open-mistral-7b")
        .contains("2026-03-31T00:00:00Z")
        .contains("its replacement is ministral-8b-latest");
  }

  @Test
  void warnsOncePerDeprecatedDefaultModel() {
    MistralHealthIndicator indicator =
        indicator(
            builder ->
                builder
                    .defaultChatModel("open-mistral-7b")
                    .defaultFimModel("open-mixtral-8x7b")
                    .defaultEmbeddingsModel("mistral-embed"));

    indicator.health().block(Duration.ofSeconds(5));
    indicator.health().block(Duration.ofSeconds(5));

    assertThat(warnings()).hasSize(2);
    assertThat(warnings()).anyMatch(message -> message.contains("open-mistral-7b"));
    assertThat(warnings())
        .anyMatch(
            message -> message.contains("open-mixtral-8x7b") && !message.contains("replacement"));
  }

  @Test
  void saysNothingOfDeprecatedModelsTheClientDoesNotUseByDefault() {
    MistralHealthIndicator indicator =
        indicator(builder -> builder.defaultEmbeddingsModel("mistral-embed"));

    indicator.health().block(Duration.ofSeconds(5));

    assertThat(warnings()).isEmpty();
  }

  @Test
  void saysNothingWithoutDefaultModels() {
    MistralHealthIndicator indicator = indicator(UnaryOperator.identity());

    indicator.health().block(Duration.ofSeconds(5));

    assertThat(warnings()).isEmpty();
  }
}
