package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which failures are retried, how long the client waits, and when it gives up. */
class RetryHttpTest {

  private static final String PATH = "/v1/chat/completions";

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static RetryPolicy fastRetries(int retries) {
    return RetryPolicy.defaults()
        .withMaxRetries(retries)
        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50));
  }

  private static MistralClient client(RetryPolicy policy) {
    return server.clientBuilder().retryPolicy(policy).build();
  }

  private static void respondInTurn(String... statusesAndBodies) {
    String state = STARTED;
    for (int i = 0; i < statusesAndBodies.length; i += 2) {
      String next = "step-" + (i / 2 + 1);
      var response = aResponse().withStatus(Integer.parseInt(statusesAndBodies[i]));
      String body = statusesAndBodies[i + 1];
      if (body.startsWith("Retry-After:")) {
        response.withHeader("Retry-After", body.substring("Retry-After:".length()));
      } else {
        response.withHeader("Content-Type", "application/json").withBody(body);
      }
      server.stubFor(
          post(PATH)
              .inScenario("turns")
              .whenScenarioStateIs(state)
              .willReturn(response)
              .willSetStateTo(next));
      state = next;
    }
  }

  @Test
  void retriesAfterTheDelayTheServerAsksFor() {
    respondInTurn("429", "Retry-After:2", "200", Fixtures.SIMPLE_RESPONSE);

    try (MistralClient client = client(RetryPolicy.defaults())) {
      long start = System.nanoTime();
      ChatCompletionResponse response = client.chat().complete(Fixtures.simpleRequest());
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(response.firstContent()).isEqualTo("Paris is the capital of France.");
      assertThat(elapsed).isBetween(Duration.ofMillis(1900), Duration.ofMillis(6000));
    }
    server.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void doesNotRetryABadRequest() {
    respondInTurn("400", "{\"message\":\"bad\"}", "200", Fixtures.SIMPLE_RESPONSE);

    try (MistralClient client = client(fastRetries(2))) {
      assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
          .isInstanceOf(MistralBadRequestException.class);
    }
    server.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void retriesServerErrorsOfAStatelessOperationAndSucceeds() {
    respondInTurn("500", "{}", "503", "{}", "200", Fixtures.SIMPLE_RESPONSE);

    try (MistralClient client = client(fastRetries(2))) {
      assertThat(client.chat().complete(Fixtures.simpleRequest()).firstContent()).isNotBlank();
    }
    server.verify(3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void givesUpAfterTheLastRetryWithTheLastError() {
    respondInTurn("503", "{}", "503", "{}", "503", "{\"message\":\"third\"}", "200", "{}");

    try (MistralClient client = client(fastRetries(2))) {
      assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
          .isInstanceOf(MistralServerException.class)
          .hasMessageContaining("third");
    }
    server.verify(3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void doesNotWaitForARetryAfterLongerThanTheCapAndReportsIt() {
    respondInTurn("429", "Retry-After:120", "200", Fixtures.SIMPLE_RESPONSE);

    try (MistralClient client = client(RetryPolicy.defaults())) {
      MistralRateLimitException failure =
          catchThrowableOfType(
              MistralRateLimitException.class,
              () -> client.chat().complete(Fixtures.simpleRequest()));
      assertThat(failure.retryAfter()).contains(Duration.ofSeconds(120));
    }
    server.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void neverRetriesAServerErrorOfAPostThatChangesState() {
    server.stubFor(post("/v1/files").willReturn(aResponse().withStatus(503)));
    MistralOperation upload = MistralOperation.statefulPost("test.create", "/v1/files");

    try (MistralClient client = client(fastRetries(2))) {
      assertThatThrownBy(
              () ->
                  TestEngine.of(client)
                      .exchange(MistralRequest.of(upload, Map.of("a", 1)), Map.class)
                      .block())
          .isInstanceOf(MistralServerException.class);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/v1/files")));
  }

  @Test
  void retriesARefusedConnectionBecauseNothingWasSent() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    RetryPolicy policy =
        RetryPolicy.defaults()
            .withMaxRetries(2)
            .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(1))
            .withJitter(0);
    try (MistralClient client =
        MistralClient.builder()
            .apiKey(API_KEY)
            .baseUrl("http://127.0.0.1:" + closedPort)
            .retryPolicy(policy)
            .build()) {
      long start = System.nanoTime();
      MistralIoException failure =
          catchThrowableOfType(
              MistralIoException.class, () -> client.chat().complete(Fixtures.simpleRequest()));
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      assertThat(failure.requestSent()).isFalse();
      // Two retries, after 200 ms and 400 ms.
      assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }
  }
}
