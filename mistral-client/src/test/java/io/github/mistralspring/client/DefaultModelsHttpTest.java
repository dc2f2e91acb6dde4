package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.UsageInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Requests that name no model get the client's default for their API group. */
class DefaultModelsHttpTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void fillsTheDefaultFimAndEmbeddingsModelsAndEmbedsOneTextInOneLine() {
    server.stubFor(
        post("/v1/embeddings")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\","
                            + "\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[0.5,-0.25]}],"
                            + "\"usage\":{\"prompt_tokens\":2,\"total_tokens\":2,\"completion_tokens\":0}}")));
    server.stubFor(
        post("/v1/fim/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(Fixtures.SIMPLE_RESPONSE)));

    try (MistralClient client =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .defaultFimModel("codestral-default")
            .defaultEmbeddingsModel("embed-default")
            .build()) {
      float[] vector = client.embeddings().embed("hello");
      client.fim().complete(FimCompletionRequest.builder().prompt("def add(a, b):").build());

      assertThat(vector).containsExactly(0.5f, -0.25f);
    }
    assertThat(sentModel("/v1/embeddings")).isEqualTo("embed-default");
    assertThat(sentModel("/v1/fim/completions")).isEqualTo("codestral-default");
  }

  @Test
  void readsUsageWhosePromptAudioSecondsIsAnEmptyObject() {
    UsageInfo usage =
        MistralJson.mapper()
            .readValue(
                "{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3,\"prompt_audio_seconds\":{}}",
                UsageInfo.class);

    assertThat(usage.totalTokens()).isEqualTo(3);
  }

  private static String sentModel(String path) {
    JsonNode body =
        server.getAllServeEvents().stream()
            .filter(event -> event.getRequest().getUrl().equals(path))
            .map(event -> MistralJson.mapper().readTree(event.getRequest().getBodyAsString()))
            .findFirst()
            .orElseThrow();
    return body.get("model").asString();
  }
}
