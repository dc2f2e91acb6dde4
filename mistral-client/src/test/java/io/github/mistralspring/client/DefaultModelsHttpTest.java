package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.model.UserMessage;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Requests that name no model get the client's default for their API group. */
class DefaultModelsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

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
  void aClientWithOnlyAKeyHasADefaultModelForEveryApiGroup() {
    stubJson("/v1/chat/completions", Fixtures.SIMPLE_RESPONSE);
    stubJson("/v1/fim/completions", Fixtures.SIMPLE_RESPONSE);
    stubJson(
        "/v1/embeddings",
        "{\"id\":\"e\",\"object\":\"list\",\"model\":\"mistral-embed\","
            + "\"data\":[{\"object\":\"embedding\",\"index\":0,\"embedding\":[1.0]}],"
            + "\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}");
    String moderation =
        "{\"id\":\"m\",\"model\":\"mistral-moderation-2411\",\"results\":"
            + "[{\"categories\":{\"pii\":false},\"category_scores\":{\"pii\":0.01}}]}";
    stubJson("/v1/moderations", moderation);
    stubJson("/v1/chat/moderations", moderation);
    stubJson(
        "/v1/ocr",
        "{\"pages\":[{\"index\":0,\"markdown\":\"Hi\",\"images\":[],"
            + "\"dimensions\":{\"dpi\":72,\"height\":1,\"width\":1}}],"
            + "\"model\":\"mistral-ocr-2505\",\"usage_info\":{\"pages_processed\":1}}");

    try (MistralClient client =
        MistralClient.builder().apiKey("k").baseUrl(server.baseUrl()).build()) {
      client.chat().complete("Hello");
      client.fim().complete(FimCompletionRequest.builder().prompt("def add(a, b):").build());
      client.embeddings().embed("hello");
      client.classifiers().moderate("some text");
      client
          .classifiers()
          .moderateChat(ChatModerationRequest.of(null, List.of(UserMessage.of("hi"))));
      client.ocr().process("https://example.com/report.pdf");
    }

    assertThat(sentModel("/v1/chat/completions")).isEqualTo("mistral-small-latest");
    assertThat(sentModel("/v1/fim/completions")).isEqualTo("codestral-latest");
    assertThat(sentModel("/v1/embeddings")).isEqualTo("mistral-embed");
    assertThat(sentModel("/v1/moderations")).isEqualTo("mistral-moderation-latest");
    assertThat(sentModel("/v1/chat/moderations")).isEqualTo("mistral-moderation-latest");
    assertThat(sentModel("/v1/ocr")).isEqualTo("mistral-ocr-latest");
    assertThat(sentBody("/v1/ocr").at("/document/document_url").asString())
        .isEqualTo("https://example.com/report.pdf");
    assertThat(sentBody("/v1/moderations").get("input").asString()).isEqualTo("some text");
  }

  @Test
  void withoutADefaultTheErrorSuggestsAModelOfTheSameApiGroup() {
    try (MistralClient client =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .defaultChatModel(null)
            .defaultEmbeddingsModel(null)
            .defaultModerationModel(null)
            .defaultOcrModel(null)
            .build()) {
      assertThatThrownBy(() -> client.embeddings().embed(EmbeddingRequest.of(null, "hello")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("EmbeddingRequest names no model")
          .hasMessageContaining("model(\"mistral-embed\")")
          .hasMessageContaining("mistral.embeddings.model")
          .hasMessageContaining("defaultEmbeddingsModel")
          .hasMessageNotContaining("mistral-small");
      assertThatThrownBy(
              () ->
                  client
                      .chat()
                      .complete(ChatCompletionRequest.builder().addUserMessage("Hi").build()))
          .hasMessageContaining("model(\"mistral-small-latest\")")
          .hasMessageContaining("mistral.chat.model");
      assertThatThrownBy(
              () -> client.classifiers().moderate(ClassificationRequest.of(null, "text")))
          .hasMessageContaining("model(\"mistral-moderation-latest\")")
          .hasMessageContaining("mistral.moderation.model");
      assertThatThrownBy(
              () -> client.ocr().process(OcrRequest.builder().documentUrl("https://x").build()))
          .hasMessageContaining("model(\"mistral-ocr-latest\")")
          .hasMessageContaining("mistral.ocr.model");
    }
    assertThat(server.getAllServeEvents()).isEmpty();
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

  private static void stubJson(String path, String body) {
    server.stubFor(
        post(path)
            .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static String sentModel(String path) {
    return sentBody(path).get("model").asString();
  }

  private static JsonNode sentBody(String path) {
    return server.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getUrl().equals(path))
        .map(event -> MistralJson.mapper().readTree(event.getRequest().getBodyAsString()))
        .findFirst()
        .orElseThrow();
  }
}
