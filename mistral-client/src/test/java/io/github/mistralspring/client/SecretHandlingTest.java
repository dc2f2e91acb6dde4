package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The API key goes to the base URL and nowhere else, and never into a message or toString. */
class SecretHandlingTest {

  private static final String KEY = "sk-very-secret-0123456789";

  @RegisterExtension static MistralWireMock api = new MistralWireMock();

  @RegisterExtension static MistralWireMock elsewhere = new MistralWireMock();

  @Test
  void keepsTheKeyOutOfToStringOfEveryObjectThatHoldsIt() {
    MistralClientBuilder builder = MistralClient.builder().apiKey(KEY).baseUrl(api.baseUrl());
    try (ReactiveMistralClient reactive = builder.buildReactive();
        MistralClient blocking = MistralClient.of(reactive)) {
      assertThat(builder.toString()).doesNotContain(KEY).contains("(set)");
      assertThat(reactive.toString()).doesNotContain(KEY);
      assertThat(blocking.toString()).doesNotContain(KEY);
      assertThat(reactive.settings().toString()).doesNotContain(KEY);
    }
  }

  @Test
  void keepsTheKeyOutOfExceptionsEvenWhenTheServerEchoesTheHeaders() throws Exception {
    api.stubFor(
        post("/v1/chat/completions")
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")));

    Throwable failure;
    try (MistralClient client = api.clientBuilder().apiKey(KEY).build()) {
      failure = catchThrowable(() -> client.chat().complete(Fixtures.simpleRequest()));
    }

    assertThat(failure).isInstanceOf(MistralApiException.class);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KEY);
      assertThat(t.toString()).doesNotContain(KEY);
    }
    ByteArrayOutputStream serialized = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialized)) {
      out.writeObject(failure);
    }
    assertThat(serialized.toString(java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain(KEY);
  }

  @Test
  void doesNotFollowARedirectToAnotherHost() {
    elsewhere.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("{}")));
    api.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withStatus(307)
                    .withHeader("Location", elsewhere.baseUrl() + "/v1/chat/completions")));

    Throwable failure;
    try (MistralClient client = api.clientBuilder().apiKey(KEY).build()) {
      failure = catchThrowable(() -> client.chat().complete(Fixtures.simpleRequest()));
    }

    assertThat(failure).isInstanceOf(MistralApiException.class);
    assertThat(((MistralApiException) failure).statusCode()).isEqualTo(307);
    assertThat(elsewhere.getAllServeEvents()).isEmpty();
    elsewhere.verify(0, getRequestedFor(anyUrl()));
  }
}
