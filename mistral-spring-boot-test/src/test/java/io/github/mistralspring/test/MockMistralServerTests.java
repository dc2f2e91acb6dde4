package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolChoiceMode;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

class MockMistralServerTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client =
        MistralClient.builder()
            .apiKey("test-key")
            .baseUrl(mistral.baseUrl())
            .retryPolicy(
                RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static ChatCompletionRequest ask(String question) {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage(question)
        .build();
  }

  @Test
  void answersTheSameQuestionTheSameWay() {
    ChatCompletionResponse first = client.chat().complete(ask("How do I cross the street?"));
    ChatCompletionResponse second = client.chat().complete(ask("How do I cross the street?"));

    assertThat(first.firstContent()).contains("How do I cross the street?");
    assertThat(second.firstContent()).isEqualTo(first.firstContent());
    assertThat(first.model()).isEqualTo("mistral-small-latest");
    assertThat(first.usage().totalTokens())
        .isEqualTo(first.usage().promptTokens() + first.usage().completionTokens());
    assertThat(first.choices().get(0).finishReason().value()).isEqualTo("stop");
  }

  @Test
  void answersWithTheScriptedTextAndRecordsTheRequest() {
    mistral.server().enqueue(MockResponse.answer("Bonjour !"));

    assertThat(client.chat().complete(ask("Say hello in French")).firstContent())
        .isEqualTo("Bonjour !");

    RecordedRequest request = mistral.server().takeRequest();
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("Authorization")).isEqualTo("Bearer test-key");
    assertThat(request.bodyJson().at("/messages/0/content").asString())
        .isEqualTo("Say hello in French");
  }

  @Test
  void streamsTokenByTokenWithRoleFirstAndUsageLast() {
    mistral.server().enqueue(MockResponse.answer("one two three"));

    List<CompletionChunk> chunks;
    try (Stream<CompletionChunk> stream = client.chat().stream(ask("Count to three"))) {
      chunks = stream.toList();
    }

    assertThat(chunks).hasSize(5);
    assertThat(chunks.get(0).choices().get(0).delta().role()).isEqualTo("assistant");
    assertThat(chunks.stream().map(CompletionChunk::deltaText).reduce("", String::concat))
        .isEqualTo("one two three");
    assertThat(chunks.get(4).usage().completionTokens()).isEqualTo(3);
    assertThat(chunks.get(4).choices().get(0).finishReason().value()).isEqualTo("stop");
  }

  @Test
  void sendsRealServerSentEventsEndingWithDone() {
    String raw =
        postRaw(
            "/v1/chat/completions",
            "{\"model\":\"mistral-small-latest\",\"stream\":true,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

    assertThat(raw).startsWith("data: {\"id\":");
    assertThat(raw).endsWith("data: [DONE]\n\n");
  }

  @Test
  void waitsTheTokenDelayBetweenChunks() {
    mistral
        .server()
        .enqueue(MockResponse.answer("a b c d e").withTokenDelay(Duration.ofMillis(60)));

    long start = System.nanoTime();
    StepVerifier.create(client.reactive().chat().stream(ask("Letters")))
        .expectNextCount(7)
        .verifyComplete();

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(300));
  }

  @Test
  void callsTheScriptedToolAndInventsArgumentsWhenAToolIsRequired() {
    Tool weather =
        Tool.function(
            "get_weather",
            "The weather in a city",
            Map.of(
                "type", "object",
                "properties", Map.of("city", Map.of("type", "string")),
                "required", List.of("city")));
    mistral.server().enqueue(MockResponse.toolCall("get_weather", "{\"city\":\"Paris\"}"));
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("mistral-large-latest")
            .addUserMessage("Weather in Paris?")
            .addTool(weather)
            .build();

    ChatCompletionResponse scripted = client.chat().complete(request);
    ChatCompletionResponse required =
        client.chat().complete(request.toBuilder().toolChoice(ToolChoiceMode.ANY).build());

    assertThat(scripted.choices().get(0).finishReason().value()).isEqualTo("tool_calls");
    assertThat(scripted.firstMessage().toolCalls().get(0).function().arguments().toString())
        .contains("Paris");
    assertThat(required.firstMessage().toolCalls().get(0).function().name())
        .isEqualTo("get_weather");
  }

  @Test
  void answersAJsonSchemaWithJsonThatFitsIt() {
    Map<String, Object> schema =
        Map.of(
            "type", "object",
            "properties",
                Map.of(
                    "name", Map.of("type", "string"),
                    "age", Map.of("type", "integer", "minimum", 18, "maximum", 99),
                    "score", Map.of("type", "number"),
                    "member", Map.of("type", "boolean"),
                    "color", Map.of("enum", List.of("red", "green")),
                    "tags", Map.of("type", "array", "items", Map.of("type", "string"))),
            "required", List.of("name", "age"));
    ChatCompletionRequest request =
        ask("Describe a person").toBuilder()
            .responseFormat(ResponseFormat.jsonSchema("person", schema))
            .build();

    JsonNode json = Json.parse(client.chat().complete(request).firstContent());

    assertThat(json.get("name").isString()).isTrue();
    assertThat(json.get("age").asInt()).isBetween(18, 99);
    assertThat(json.get("score").isNumber()).isTrue();
    assertThat(json.get("member").isBoolean()).isTrue();
    assertThat(json.get("color").asString()).isIn("red", "green");
    assertThat(json.get("tags").isArray()).isTrue();
  }

  @Test
  void embedsTextsAsDeterministicUnitVectorsWhereSimilarTextsAreClose() {
    List<float[]> vectors =
        client
            .embeddings()
            .embed(
                EmbeddingRequest.of(
                    "mistral-embed",
                    List.of(
                        "The cat sat on the mat",
                        "The cat sat on a mat",
                        "Quarterly revenue grew by nine percent")))
            .vectors();
    float[] again = client.embeddings().embed("mistral-embed", "The cat sat on the mat");

    assertThat(vectors.get(0)).hasSize(1024).isEqualTo(again);
    assertThat(dot(vectors.get(0), vectors.get(0)))
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    assertThat(dot(vectors.get(0), vectors.get(1)))
        .isGreaterThan(dot(vectors.get(0), vectors.get(2)) + 0.3);
  }

  @Test
  void completesCodeInTheMiddle() {
    ChatCompletionResponse response =
        client
            .fim()
            .complete(
                FimCompletionRequest.builder()
                    .model("codestral-latest")
                    .prompt("int add(int a, int b) {\n  ")
                    .suffix("\n}")
                    .build());

    assertThat(response.firstContent()).isNotBlank();
    assertThat(response.model()).isEqualTo("codestral-latest");
  }

  @Test
  void flagsHarmfulTextInModeration() {
    ModerationResponse response =
        client
            .classifiers()
            .moderate(
                ClassificationRequest.of(
                    "mistral-moderation-latest", List.of("I will attack you", "Nice weather")));

    assertThat(response.results().get(0).categories().get("violence_and_threats")).isTrue();
    assertThat(response.results().get(1).categories()).doesNotContainValue(true);
  }

  @Test
  void readsEachPageOfATextDocument() {
    String text = "Hello OCR\n".repeat(120);
    String dataUrl =
        "data:text/plain;base64,"
            + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));

    OcrResponse response =
        client
            .ocr()
            .process(OcrRequest.builder().model("mistral-ocr-latest").documentUrl(dataUrl).build());

    assertThat(response.pages()).hasSize(3);
    assertThat(response.pages().get(0).markdown()).startsWith("Hello OCR");
    assertThat(response.usageInfo().pagesProcessed()).isEqualTo(3);
  }

  @Test
  void listsRealisticModels() {
    assertThat(client.models().list().data())
        .extracting(ModelCard::id)
        .contains(
            "mistral-small-latest",
            "mistral-large-latest",
            "codestral-latest",
            "mistral-embed",
            "mistral-ocr-latest");
  }

  @Test
  void answersUnauthorizedLikeTheApiWhenTheKeyIsWrong() {
    mistral.server().requireApiKey("the-right-key");
    try {
      assertThatThrownBy(() -> client.chat().complete(ask("hi")))
          .isInstanceOf(MistralAuthenticationException.class)
          .satisfies(
              error ->
                  assertThat(((MistralAuthenticationException) error).rawBody())
                      .isEqualTo("{\"detail\":\"Unauthorized\"}"));
    } finally {
      mistral.server().requireApiKey(null);
    }
  }

  @Test
  void answersMissingFieldsWithA422InTheApisShape() {
    HttpSupport.Result result =
        HttpSupport.post(mistral.baseUrl() + "/v1/chat/completions", "k", "{\"model\":\"m\"}");

    assertThat(result.status()).isEqualTo(422);
    assertThat(result.json().at("/detail/0/loc/1").asString()).isEqualTo("messages");
  }

  @Test
  void retriesAfterTheDelayTheServerAsksFor() {
    mistral.server().enqueue(MockResponse.rateLimited(Duration.ofSeconds(1)));

    long start = System.nanoTime();
    String answer = client.chat().complete(ask("Still there?")).firstContent();

    assertThat(answer).isNotBlank();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(mistral.server().recordedRequests()).hasSize(2);
  }

  @Test
  void failsTheStreamWhenTheConnectionIsCut() {
    mistral.server().enqueue(MockResponse.answer("one two three four five").cutAfter(3));

    StepVerifier.create(client.reactive().chat().stream(ask("Count")))
        .expectNextCount(3)
        .expectError()
        .verify(Duration.ofSeconds(10));
    assertThat(mistral.server().requestCount()).isEqualTo(1);
  }

  @Test
  void sendsAScriptedFailureWithItsHeaders() {
    mistral
        .server()
        .enqueue(
            MockResponse.json(503, "{\"message\":\"overloaded\"}")
                .withHeader("x-test", "yes")
                .forPath("/v1/models"));

    String status =
        HttpSupport.get(mistral.baseUrl() + "/v1/models", "k").statusAndHeader("x-test");

    assertThat(status).isEqualTo("503 yes");
  }

  private String postRaw(String path, String body) {
    return HttpSupport.post(mistral.baseUrl() + path, "k", body).body();
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
