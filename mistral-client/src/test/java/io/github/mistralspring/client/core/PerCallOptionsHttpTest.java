package io.github.mistralspring.client.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.chat.ChatApi;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Per-call options ({@code withOptions(..)}) and raw responses ({@code withRawResponse(..)}) on
 * both faces, over HTTP against WireMock.
 */
class PerCallOptionsHttpTest {

  private static final String CHAT_RESPONSE =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1,"model":"mistral-small-latest",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},
                   "finish_reason":"stop"}],
       "usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}
      """;

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  private static ChatCompletionRequest hello() {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage("Hello")
        .build();
  }

  @Test
  void aViewAddsItsHeadersBesideTheClientsOwnAndLeavesTheGroupUnchanged() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(CHAT_RESPONSE)));

    ChatApi gateway =
        client.chat().withOptions(o -> o.header("X-Gateway", "eu").header("X-Team", "search"));
    gateway.complete(hello());
    client.chat().complete(hello());

    server.verify(
        1,
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("X-Gateway", equalTo("eu"))
            .withHeader("X-Team", equalTo("search"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    server.verify(
        1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withHeader("X-Gateway", absent()));
  }

  @Test
  void viewsOfViewsAddTheirOptionsOnTheReactiveFaceToo() {
    server.stubFor(get("/v1/models").willReturn(json("{\"object\":\"list\",\"data\":[]}")));
    ReactiveMistralClient reactive = client.reactive();

    ModelList models =
        reactive
            .models()
            .withOptions(o -> o.header("X-One", "1"))
            .withOptions(o -> o.header("X-Two", "2"))
            .list()
            .block(Duration.ofSeconds(10));

    assertThat(models.data()).isEmpty();
    server.verify(
        getRequestedFor(urlEqualTo("/v1/models"))
            .withHeader("X-One", equalTo("1"))
            .withHeader("X-Two", equalTo("2")));
  }

  @Test
  void aPerCallTimeoutIsThatCallsDeadline() {
    server.stubFor(
        post("/v1/chat/completions").willReturn(json(CHAT_RESPONSE).withFixedDelay(3_000)));
    ChatApi quick = client.chat().withOptions(o -> o.timeout(Duration.ofMillis(300)));

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> quick.complete(hello()))
                .isInstanceOf(MistralTimeoutException.class)
                .hasMessageContaining("per-call timeout"));
  }

  @Test
  void headersTheClientOwnsAndLineBreaksAreRefusedWhenTheOptionsAreBuilt() {
    assertThatThrownBy(() -> client.chat().withOptions(o -> o.header("Authorization", "Bearer x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Authorization")
        .hasMessageContaining("mistral.api-key");
    assertThatThrownBy(() -> RequestOptions.builder().header("content-type", "text/plain"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("Host", "example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Gateway", "eu\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line break");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRawResponseHasTheStatusTheHeadersTheRequestIdAndTheValueOnBothFaces() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                json(CHAT_RESPONSE)
                    .withHeader("mistral-correlation-id", "corr-123")
                    .withHeader("x-ratelimit-remaining-tokens-minute", "4999")));

    MistralResponse<ChatCompletionResponse> raw =
        client.withRawResponse(() -> client.chat().complete(hello()));

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).contains("corr-123");
    assertThat(raw.header("Mistral-Correlation-Id")).contains("corr-123");
    assertThat(raw.rateLimits()).containsEntry("x-ratelimit-remaining-tokens-minute", "4999");
    assertThat(raw.value().id()).isEqualTo("cmpl-1");
    assertThat(raw.toString()).doesNotContain("Hi");

    MistralResponse<ChatCompletionResponse> reactive =
        client
            .reactive()
            .withRawResponse(client.reactive().chat().complete(hello()))
            .block(Duration.ofSeconds(10));
    assertThat(reactive.statusCode()).isEqualTo(200);
    assertThat(reactive.requestId()).contains("corr-123");
    assertThat(reactive.value().id()).isEqualTo("cmpl-1");
  }

  @Test
  void aRawResponseKeepsThePerCallOptions() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(json(CHAT_RESPONSE).withHeader("mistral-correlation-id", "corr-9")));

    MistralResponse<ChatCompletionResponse> raw =
        client.withRawResponse(
            () -> client.chat().withOptions(o -> o.header("X-Gateway", "eu")).complete(hello()));

    assertThat(raw.requestId()).contains("corr-9");
    server.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("X-Gateway", equalTo("eu")));
  }

  @Test
  void aRawResponseOfSomethingThatIsNoCallIsRefused() {
    assertThatThrownBy(() -> client.withRawResponse(() -> "not a call"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withRawResponse");
  }

  @Test
  void aViewsHeadersReachACallAnsweredWithNoContent() {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete("/v1/conversations/conv-1")
            .willReturn(aResponse().withStatus(204)));

    client.beta().conversations().withOptions(o -> o.header("X-Gateway", "eu")).delete("conv-1");

    server.verify(
        com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor(
                urlEqualTo("/v1/conversations/conv-1"))
            .withHeader("X-Gateway", equalTo("eu")));
  }
}
