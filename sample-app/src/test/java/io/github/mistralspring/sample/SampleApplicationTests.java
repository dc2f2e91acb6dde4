package io.github.mistralspring.sample;

import static io.github.mistralspring.sample.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.test.AutoConfigureMockMistral;
import io.github.mistralspring.test.MockMistralServer;
import io.github.mistralspring.test.MockResponse;
import io.github.mistralspring.test.RecordedRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the sample, against the Mistral simulator: {@code @AutoConfigureMockMistral}
 * points the clients at it even when a developer's shell has a real MISTRAL_API_KEY, and the
 * simulator is reset before each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMistral
class SampleApplicationTests {

  @Autowired private MockMistralServer mistral;
  @Autowired private ApplicationContext context;
  @LocalServerPort private int port;

  private Http http;

  @BeforeEach
  void setUp() {
    http = new Http(port);
  }

  // --- chat

  @Test
  void answersAPromptWithTheConfiguredModel() throws Exception {
    mistral.enqueue(MockResponse.answer("Paris."));

    HttpResponse<String> response =
        http.post("/api/chat", "{\"prompt\": \"What is the capital of France?\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = json(response);
    assertThat(answer.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(answer.path("answer").asString()).isEqualTo("Paris.");
    assertThat(answer.path("usage").path("totalTokens").asInt()).isPositive();
    RecordedRequest request = mistral.takeRequest();
    assertThat(request.path()).isEqualTo("/v1/chat/completions");
    assertThat(request.header("Authorization")).startsWith("Bearer ");
    assertThat(request.bodyJson().path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(request.bodyJson().path("messages").get(0).path("content").asString())
        .isEqualTo("What is the capital of France?");
  }

  @Test
  void answersEvenWithNothingScripted() throws Exception {
    HttpResponse<String> response = http.post("/api/chat", "{\"prompt\": \"Hello\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("answer").asString()).isNotBlank();
  }

  @Test
  void asksTheModelTheRequestNames() throws Exception {
    HttpResponse<String> response =
        http.post("/api/chat", "{\"prompt\": \"Hello\", \"model\": \"mistral-large-latest\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("model").asString()).isEqualTo("mistral-large-latest");
    assertThat(mistral.takeRequest().bodyJson().path("model").asString())
        .isEqualTo("mistral-large-latest");
  }

  @Test
  void streamsTheAnswerPiecesInOrderThenADoneEvent() throws Exception {
    mistral.enqueue(MockResponse.answer("Bonjour le monde\n!"));

    HttpResponse<String> response =
        http.getEvents(
            "/api/chat/stream?prompt=" + URLEncoder.encode("Say hello", StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<String[]> events = Http.events(response.body());
    List<String> pieces = new ArrayList<>();
    for (String[] event : events) {
      if (event[0].equals("delta")) {
        pieces.add(json(event[1]).path("text").asString());
      }
    }
    assertThat(pieces).containsExactly("Bonjour", " le", " monde", "\n!");
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("done");
    JsonNode done = json(last[1]);
    assertThat(done.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(done.path("usage").path("totalTokens").asInt()).isPositive();
    JsonNode sent = mistral.takeRequest().bodyJson();
    assertThat(sent.path("stream").asBoolean()).isTrue();
    assertThat(sent.path("messages").get(0).path("content").asString()).isEqualTo("Say hello");
  }

  @Test
  void sendsEachPieceAsSoonAsTheApiSendsIt() {
    Duration tokenDelay = Duration.ofMillis(100);
    mistral.enqueue(MockResponse.answer("one two three four").withTokenDelay(tokenDelay));

    List<String> names = new ArrayList<>();
    List<Long> arrivals = new ArrayList<>();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            http.streamEvents("/api/chat/stream?prompt=Count")
                .forEach(
                    line -> {
                      if (line.startsWith("event:")) {
                        names.add(line.substring("event:".length()).strip());
                        arrivals.add(System.nanoTime());
                      }
                    }));

    assertThat(names).containsExactly("delta", "delta", "delta", "delta", "done");
    // Held back and sent together, the pieces would all arrive at once with the done event; sent
    // as they come, they spread over the three token delays between the first and the last.
    assertThat(Duration.ofNanos(arrivals.get(3) - arrivals.get(0)))
        .isGreaterThanOrEqualTo(tokenDelay);
    assertThat(Duration.ofNanos(arrivals.get(4) - arrivals.get(0)))
        .isGreaterThanOrEqualTo(tokenDelay.multipliedBy(2));
  }

  @Test
  void endsAStreamCutShortWithAnErrorEventThatSaysWhy() throws Exception {
    mistral.enqueue(MockResponse.answer("one two three four five six").cutAfter(3));

    HttpResponse<String> response = http.getEvents("/api/chat/stream?prompt=Count");

    // The answer had begun, so the status stays 200: the stream itself says it failed, and why.
    assertThat(response.statusCode()).isEqualTo(200);
    List<String[]> events = Http.events(response.body());
    assertThat(events).extracting(event -> event[0]).startsWith("delta").endsWith("error");
    assertThat(events).extracting(event -> event[0]).doesNotContain("done");
    JsonNode error = json(events.get(events.size() - 1)[1]);
    assertThat(error.path("status").asInt()).isEqualTo(502);
    assertThat(error.path("title").asString()).isEqualTo("Mistral API unavailable");
    assertThat(error.path("detail").asString())
        .startsWith("The connection closed during POST /v1/chat/completions")
        .contains("before the response was complete");
  }

  @Test
  void endsAStreamWithTheErrorTheApiReportedInIt() throws Exception {
    mistral.enqueue(
        MockResponse.sse(
            "{\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
                + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,"
                + "\"delta\":{\"role\":\"assistant\",\"content\":\"Once\"},"
                + "\"finish_reason\":null}]}",
            "{\"object\":\"error\",\"message\":\"Service tier capacity exceeded for this"
                + " model.\",\"type\":\"service_tier_capacity_exceeded\",\"code\":\"3505\"}"));

    HttpResponse<String> response = http.getEvents("/api/chat/stream?prompt=Hello");

    List<String[]> events = Http.events(response.body());
    assertThat(events).extracting(event -> event[0]).containsExactly("delta", "error");
    assertThat(json(events.get(1)[1]).path("detail").asString())
        .contains("Service tier capacity exceeded for this model.");
  }

  @Test
  void passesOnTheStatusOfAnUpstreamError() throws Exception {
    mistral.requireApiKey("a-key-the-sample-does-not-have");
    try {
      HttpResponse<String> response = http.post("/api/chat", "{\"prompt\": \"Hello\"}");

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      JsonNode problem = json(response);
      assertThat(problem.path("status").asInt()).isEqualTo(401);
      assertThat(problem.path("detail").asString()).isEqualTo("Unauthorized");
      assertThat(response.body()).doesNotContain("Bearer");
    } finally {
      mistral.requireApiKey(null);
    }
  }

  @Test
  void answersAProblemWhenTheStreamFailsBeforeItsFirstPiece() throws Exception {
    mistral.requireApiKey("a-key-the-sample-does-not-have");
    try {
      HttpResponse<String> response = http.getEvents("/api/chat/stream?prompt=Hello");

      // Nothing was sent yet, so the failure still becomes a problem response with the status.
      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(json(response).path("detail").asString()).isEqualTo("Unauthorized");
    } finally {
      mistral.requireApiKey(null);
    }
  }

  @Test
  void answers502WhenTheApiCannotBeRead() throws Exception {
    mistral.enqueue(MockResponse.json(200, "{not json"));

    HttpResponse<String> response = http.post("/api/chat", "{\"prompt\": \"Hello\"}");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(json(response).path("title").asString()).isEqualTo("Mistral API unavailable");
    // The reason, not only that it failed.
    assertThat(json(response).path("detail").asString()).isNotBlank();
    assertThat(json(response).path("failure").asString())
        .isEqualTo("MistralResponseParseException");
  }

  @Test
  void rejectsABlankPrompt() throws Exception {
    HttpResponse<String> response = http.post("/api/chat", "{\"prompt\": \" \"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(mistral.requestCount()).isZero();
  }

  // --- embeddings

  @Test
  void embedsTextsAndAnswersTheSimilarityOfEachTwo() throws Exception {
    HttpResponse<String> response =
        http.post(
            "/api/embed",
            "{\"texts\": [\"The cat sat on the mat.\", \"A cat was sitting on the mat.\","
                + " \"Quarterly revenue grew 8%.\"]}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode embedded = json(response);
    assertThat(embedded.path("model").asString()).isEqualTo("mistral-embed");
    assertThat(embedded.path("dimension").asInt()).isEqualTo(1024);
    assertThat(embedded.path("texts").get(1).asString()).isEqualTo("A cat was sitting on the mat.");
    // Similarities, not vectors: a 3 x 3 table, 1 on the diagonal, the same both ways.
    assertThat(embedded.has("vectors")).isFalse();
    JsonNode table = embedded.path("similarities");
    assertThat(table).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(table.get(i)).hasSize(3);
      assertThat(table.get(i).get(i).asDouble()).isCloseTo(1.0, within(1e-6));
      for (int j = 0; j < 3; j++) {
        assertThat(table.get(i).get(j).asDouble())
            .isBetween(-1.0, 1.0)
            .isCloseTo(table.get(j).get(i).asDouble(), within(1e-9));
      }
    }
    assertThat(embedded.path("cosineSimilarity").asDouble())
        .isEqualTo(table.get(0).get(1).asDouble());
    // Texts that say the same thing are closer than unrelated ones.
    assertThat(table.get(0).get(1).asDouble()).isGreaterThan(table.get(0).get(2).asDouble());
    JsonNode sent = mistral.takeRequest().bodyJson();
    assertThat(sent.path("model").asString()).isEqualTo("mistral-embed");
    assertThat(sent.path("input")).hasSize(3);
  }

  @Test
  void embedsASingleTextWithoutASimilarity() throws Exception {
    HttpResponse<String> response = http.post("/api/embed", "{\"texts\": [\"Hello\"]}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode embedded = json(response);
    assertThat(embedded.path("similarities")).hasSize(1);
    assertThat(embedded.path("cosineSimilarity").isNull()).isTrue();
  }

  @Test
  void rejectsNoTextToEmbed() throws Exception {
    assertThat(http.post("/api/embed", "{\"texts\": []}").statusCode()).isEqualTo(400);
    assertThat(http.post("/api/embed", "{\"texts\": [\"a\", \" \"]}").statusCode()).isEqualTo(400);
    assertThat(mistral.requestCount()).isZero();
  }

  @Test
  void rejectsMoreTextsThanATableCanShow() throws Exception {
    String eleven = "{\"texts\": [" + "\"a\",".repeat(10) + "\"b\"]}";

    HttpResponse<String> response = http.post("/api/embed", eleven);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("detail").asString())
        .isEqualTo("Give at most 10 texts in \"texts\", not 11");
    assertThat(mistral.requestCount()).isZero();
  }

  // --- moderation

  @Test
  void flagsAThreat() throws Exception {
    HttpResponse<String> response =
        http.post("/api/moderate", "{\"text\": \"I will attack you tomorrow.\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode moderated = json(response);
    assertThat(moderated.path("model").asString()).isEqualTo("mistral-moderation-latest");
    assertThat(moderated.path("flagged").asBoolean()).isTrue();
    assertThat(moderated.path("flaggedCategories").get(0).asString())
        .isEqualTo("violence_and_threats");
    assertThat(moderated.path("scores").path("violence_and_threats").asDouble()).isGreaterThan(0.5);
    assertThat(mistral.takeRequest().path()).isEqualTo("/v1/moderations");
  }

  @Test
  void letsAHarmlessTextThrough() throws Exception {
    JsonNode moderated =
        json(http.post("/api/moderate", "{\"text\": \"What a lovely morning for a walk.\"}"));

    assertThat(moderated.path("flagged").asBoolean()).isFalse();
    assertThat(moderated.path("flaggedCategories")).isEmpty();
    assertThat(moderated.path("scores").size()).isGreaterThan(5);
  }

  @Test
  void rejectsABlankTextToModerate() throws Exception {
    assertThat(http.post("/api/moderate", "{\"text\": \"\"}").statusCode()).isEqualTo(400);
  }

  // --- OCR

  @Test
  void readsADocumentAtAUrl() throws Exception {
    HttpResponse<String> response =
        http.post("/api/ocr", "{\"url\": \"https://example.com/reports/annual-report.pdf\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode read = json(response);
    assertThat(read.path("model").asString()).isEqualTo("mistral-ocr-latest");
    assertThat(read.path("pages").get(0).path("index").asInt()).isZero();
    assertThat(read.path("pages").get(0).path("markdown").asString()).contains("annual-report.pdf");
    JsonNode document = mistral.takeRequest().bodyJson().path("document");
    assertThat(document.path("type").asString()).isEqualTo("document_url");
    assertThat(document.path("document_url").asString())
        .isEqualTo("https://example.com/reports/annual-report.pdf");
  }

  @Test
  void readsAnImageAsAnImage() throws Exception {
    HttpResponse<String> response =
        http.post("/api/ocr", "{\"url\": \"https://example.com/scan.PNG\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(mistral.takeRequest().bodyJson().path("document").path("type").asString())
        .isEqualTo("image_url");
  }

  @Test
  void readsTheTextOfADataUrl() throws Exception {
    HttpResponse<String> response =
        http.post("/api/ocr", "{\"url\": \"data:text/plain,Invoice%20no.%2042\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("pages")).hasSize(1);
  }

  @Test
  void rejectsAUrlThatIsNotHttpOrData() throws Exception {
    assertThat(http.post("/api/ocr", "{\"url\": \"file:///etc/passwd\"}").statusCode())
        .isEqualTo(400);
    assertThat(http.post("/api/ocr", "{}").statusCode()).isEqualTo(400);
    assertThat(mistral.requestCount()).isZero();
  }

  // --- actuator and page

  @Test
  void reportsHealthWithTheMistralIndicator() throws Exception {
    HttpResponse<String> response = http.get("/actuator/health");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode health = json(response);
    assertThat(health.path("status").asString()).isEqualTo("UP");
    JsonNode indicator = health.path("components").path("mistral");
    assertThat(indicator.path("status").asString()).isEqualTo("UP");
    assertThat(indicator.path("details").path("baseUrl").asString()).isEqualTo(mistral.baseUrl());
  }

  @Test
  void publishesTheDurationOfMistralCalls() throws Exception {
    assertThat(http.post("/api/chat", "{\"prompt\": \"Hello\"}").statusCode()).isEqualTo(200);

    JsonNode names = json(http.get("/actuator/metrics")).path("names");
    assertThat(names.valueStream().map(JsonNode::asString))
        .contains("gen_ai.client.operation.duration");
    HttpResponse<String> timer = http.get("/actuator/metrics/gen_ai.client.operation.duration");
    assertThat(timer.statusCode()).isEqualTo(200);
    assertThat(timer.body()).contains("gen_ai.operation.name");

    HttpResponse<String> prometheus = http.get("/actuator/prometheus");
    assertThat(prometheus.statusCode()).isEqualTo(200);
    assertThat(prometheus.body()).contains("gen_ai_client_operation_duration");
  }

  @Test
  void tellsThePageTheSimulatorAnswersBecauseNoKeyIsSet() throws Exception {
    HttpResponse<String> response = http.get("/api/backend");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode backend = json(response);
    assertThat(backend.path("backend").asString()).isEqualTo("simulator");
    assertThat(backend.path("simulator").asBoolean()).isTrue();
    assertThat(backend.path("apiKeySet").asBoolean()).isFalse();
    assertThat(backend.path("baseUrl").asString()).isEqualTo(mistral.baseUrl());
    assertThat(backend.path("summary").asString())
        .startsWith("With no MISTRAL_API_KEY set, answers come from the in-process Mistral")
        .contains(mistral.baseUrl());
  }

  @Test
  void servesThePage() throws Exception {
    HttpResponse<String> page = http.get("/");
    HttpResponse<String> script = http.get("/sample.js");
    HttpResponse<String> style = http.get("/sample.css");

    assertThat(page.statusCode()).isEqualTo(200);
    // Everything the page needs comes from the application: the network may be closed.
    assertThat(page.body())
        .contains("src=\"sample.js\"", "href=\"sample.css\"")
        .doesNotContain("src=\"http", "href=\"http", "src=\"//", "href=\"//");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body())
        .contains("/api/chat/stream", "/api/embed", "/api/moderate", "/api/ocr", "/api/backend")
        .contains("/actuator/health");
    assertThat(style.statusCode()).isEqualTo(200);
  }

  @Test
  void staysAServletApplication() {
    assertThat(context).isInstanceOf(ServletWebServerApplicationContext.class);
    assertThat(context).isNotInstanceOf(ReactiveWebApplicationContext.class);
  }
}
