package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralGoneException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.error.MistralUnprocessableEntityException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Error responses become typed exceptions that keep the status, the body and what it said. */
class ErrorMappingHttpTest {

  private static final String KEY = "sk-secret-error-test";

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = server.clientBuilder().apiKey(KEY).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void mapsA401ToAnAuthenticationExceptionWithStatusBodyAndRequestId() {
    String body = "{\"message\":\"Unauthorized\",\"request_id\":\"r1\"}";
    stub(401, body, "mistral-correlation-id", "corr-401");

    MistralAuthenticationException failure =
        catchThrowableOfType(
            MistralAuthenticationException.class,
            () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(401);
    assertThat(failure.rawBody()).isEqualTo(body);
    assertThat(failure.errorMessage()).contains("Unauthorized");
    assertThat(failure.requestId()).contains("corr-401");
    assertThat(failure.getMessage())
        .contains("401", "POST /v1/chat/completions", "Unauthorized")
        .doesNotContain(KEY);
  }

  @Test
  void mapsA404ToNotFoundWithTheObjectErrorShape() {
    String body =
        "{\"object\":\"error\",\"message\":\"Invalid model: nope\",\"type\":\"invalid_model\",\"param\":null,\"code\":\"1500\"}";
    stub(404, body);

    MistralNotFoundException failure =
        catchThrowableOfType(
            MistralNotFoundException.class, () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.errorMessage()).contains("Invalid model: nope");
    assertThat(failure.errorType()).contains("invalid_model");
    assertThat(failure.errorCode()).contains("1500");
  }

  @Test
  void mapsA422ToUnprocessableEntityWithTheValidationDetails() {
    String body =
        "{\"detail\":[{\"loc\":[\"body\",\"messages\",0,\"content\"],\"msg\":\"Field required\",\"type\":\"missing\"}]}";
    stub(422, body);

    MistralUnprocessableEntityException failure =
        catchThrowableOfType(
            MistralUnprocessableEntityException.class,
            () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(422);
    assertThat(failure.validationErrors()).hasSize(1);
    assertThat(failure.validationErrors().get(0).path()).isEqualTo("body.messages.0.content");
    assertThat(failure.validationErrors().get(0).message()).isEqualTo("Field required");
    assertThat(failure.validationErrors().get(0).type()).isEqualTo("missing");
    assertThat(failure.getMessage()).contains("body.messages.0.content: Field required");
  }

  @Test
  void mapsA429ToRateLimitWithTheDelayAskedFor() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "7")
                    .withBody("{\"message\":\"Requests rate limit exceeded\"}")));

    MistralRateLimitException failure =
        catchThrowableOfType(
            MistralRateLimitException.class,
            () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(429);
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(failure.errorMessage()).contains("Requests rate limit exceeded");
  }

  @Test
  void mapsA500ToServerExceptionAndKeepsANonJsonBody() {
    String page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    stub(500, page);

    MistralServerException failure =
        catchThrowableOfType(
            MistralServerException.class, () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(500);
    assertThat(failure.rawBody()).isEqualTo(page);
    assertThat(failure.errorMessage()).isEmpty();
    assertThat(failure.getMessage()).contains("502 Bad Gateway");
  }

  @Test
  void mapsA410ToGoneWithTheReplacementTheBodyNames() {
    String body =
        "{\"object\":\"error\",\"message\":\"Legacy fine-tuning was retired\","
            + "\"type\":\"gone\",\"replacement\":\"/v1/fine_tuning/jobs (new API)\"}";
    stub(410, body);

    MistralGoneException failure =
        catchThrowableOfType(
            MistralGoneException.class, () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(410);
    assertThat(failure.errorMessage()).hasValue("Legacy fine-tuning was retired");
    assertThat(failure.replacement()).contains("/v1/fine_tuning/jobs (new API)");
    assertThat(failure.getMessage())
        .contains("410", "Legacy fine-tuning was retired", "replaced by /v1/fine_tuning/jobs");
  }

  @Test
  void mapsA410ToGoneWithTheSuccessorLinkOrNoReplacement() {
    stub(
        410,
        "{\"error\":{\"message\":\"gone\"}}",
        "Link",
        "<https://docs.example/old>; rel=\"help\", <https://api.example/v2/thing>;"
            + " rel=\"successor-version\"");
    assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
        .isInstanceOfSatisfying(
            MistralGoneException.class,
            gone -> assertThat(gone.replacement()).contains("https://api.example/v2/thing"));

    server.resetAll();
    stub(410, "Gone");
    assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
        .isInstanceOfSatisfying(
            MistralGoneException.class,
            gone -> {
              assertThat(gone.replacement()).isEmpty();
              assertThat(gone.getMessage()).doesNotContain("replaced by");
            });
  }

  @Test
  void mapsA400ToBadRequestAndAnUnlistedStatusToTheBaseType() {
    stub(400, "{\"message\":\"bad\"}");
    assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
        .isInstanceOf(MistralBadRequestException.class);

    server.resetAll();
    stub(409, "{\"message\":\"conflict\"}");
    assertThatThrownBy(() -> client.chat().complete(Fixtures.simpleRequest()))
        .isExactlyInstanceOf(MistralApiException.class)
        .extracting(failure -> ((MistralApiException) failure).statusCode())
        .isEqualTo(409);
  }

  @Test
  void keepsTheRawBodyAndStatusWhenA200IsNotTheExpectedJson() {
    stub(200, "this is not json");

    MistralResponseParseException failure =
        catchThrowableOfType(
            MistralResponseParseException.class,
            () -> client.chat().complete(Fixtures.simpleRequest()));

    assertThat(failure.statusCode()).isEqualTo(200);
    assertThat(failure.rawBody()).isEqualTo("this is not json");
  }

  private static void stub(int status, String body, String... headers) {
    var response = aResponse().withStatus(status).withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
    }
    server.stubFor(post("/v1/chat/completions").willReturn(response));
  }
}
