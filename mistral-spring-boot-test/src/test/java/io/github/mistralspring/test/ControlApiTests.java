package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The control API under /__mistral: what a test in any language does instead of the Java API. */
class ControlApiTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> control(String method, String path, String body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(mistral.server().controlUrl() + path))
            .header("content-type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new IllegalStateException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.parse(response.body());
  }

  private static HttpSupport.Result chat(String question) {
    return HttpSupport.post(
        mistral.baseUrl() + "/v1/chat/completions",
        "test-key",
        "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\": \""
            + question
            + "\"}]}");
  }

  @Test
  void reportsItsHealth() {
    JsonNode health = ok(control("GET", "/health", null));

    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("base_url").asString()).isEqualTo(mistral.baseUrl());
    assertThat(health.get("seed").isNull()).isTrue();
  }

  @Test
  void scriptsTheNextAnswersInOrder() {
    JsonNode queued =
        ok(
            control(
                "POST",
                "/responses",
                "[{\"type\": \"answer\", \"text\": \"First\"}, {\"type\": \"answer\", \"text\":"
                    + " \"Second\"}]"));

    assertThat(queued.get("queued").asInt()).isEqualTo(2);
    assertThat(chat("a").json().at("/choices/0/message/content").asString()).isEqualTo("First");
    assertThat(chat("b").json().at("/choices/0/message/content").asString()).isEqualTo("Second");
    assertThat(ok(control("GET", "/responses", null)).get("queued").asInt()).isZero();
  }

  @Test
  void scriptsSeveralToolCallsInOneAnswer() {
    ok(
        control(
            "POST",
            "/responses",
            "{\"type\": \"tool_calls\", \"calls\": [{\"name\": \"get_weather\", \"arguments\":"
                + " {\"city\": \"Paris\"}}, {\"name\": \"get_time\", \"arguments\":"
                + " \"{\\\"zone\\\": \\\"CET\\\"}\"}]}"));

    JsonNode calls = chat("anything").json().at("/choices/0/message/tool_calls");

    assertThat(calls).hasSize(2);
    assertThat(calls.at("/0/function/arguments").asString()).isEqualTo("{\"city\":\"Paris\"}");
    assertThat(calls.at("/1/function/name").asString()).isEqualTo("get_time");
    assertThat(calls.at("/1/function/arguments").asString()).isEqualTo("{\"zone\": \"CET\"}");
  }

  @Test
  void injectsARateLimitWithAFractionalRetryAfterThatTheClientHonours() {
    ok(control("POST", "/responses", "{\"type\": \"rate_limited\", \"retry_after\": 0.5}"));
    try (MistralClient client =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(mistral.baseUrl())
            .retryPolicy(
                RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
            .build()) {
      long start = System.nanoTime();
      String answer =
          client
              .chat()
              .complete(
                  ChatCompletionRequest.builder()
                      .model("mistral-small-latest")
                      .addUserMessage("Still there?")
                      .build())
              .firstContent();

      assertThat(answer).isNotBlank();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThanOrEqualTo(Duration.ofMillis(450));
    }
    List<RecordedRequest> requests = mistral.server().recordedRequests();
    assertThat(requests).hasSize(2);
  }

  @Test
  void injectsAServerErrorWithTheApisBodyOrAnother() {
    ok(
        control(
            "POST",
            "/responses",
            "[{\"type\": \"error\", \"status\": 503, \"retry_after\": 2, \"path\": \"/v1/chat\"},"
                + " {\"type\": \"error\", \"status\": 418, \"body\": \"teapot\", \"headers\":"
                + " {\"x-why\": \"test\"}}]"));

    HttpSupport.Result unavailable = chat("x");
    HttpSupport.Result teapot = HttpSupport.get(mistral.baseUrl() + "/v1/models", "k");

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.statusAndHeader("retry-after")).isEqualTo("503 2");
    assertThat(unavailable.json().get("type").asString()).isEqualTo("internal_server_error");
    assertThat(teapot.statusAndHeader("x-why")).isEqualTo("418 test");
    assertThat(teapot.body()).isEqualTo("teapot");
  }

  @Test
  void cutsAStreamThatTheClientReportsAsFailed() {
    ok(
        control(
            "POST",
            "/responses",
            "{\"type\": \"answer\", \"text\": \"one two three four five\", \"cut_after\": 3}"));
    try (MistralClient client =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(mistral.baseUrl())
            .retryPolicy(RetryPolicy.none())
            .build()) {
      List<CompletionChunk> seen = new ArrayList<>();
      assertTimeoutPreemptively(
          Duration.ofSeconds(10),
          () -> {
            try (Stream<CompletionChunk> stream =
                client.chat().stream(
                    ChatCompletionRequest.builder()
                        .model("mistral-small-latest")
                        .addUserMessage("Count")
                        .build())) {
              assertThatThrownBy(() -> stream.forEach(seen::add))
                  .isInstanceOf(RuntimeException.class);
            }
          });
      assertThat(seen).hasSize(3);
    }
  }

  @Test
  void scriptsADisconnectAndRawEvents() {
    ok(
        control(
            "POST",
            "/responses",
            "[{\"type\": \"disconnect\", \"path\": \"/v1/embeddings\"}, {\"type\": \"events\","
                + " \"data\": [{\"hello\": 1}, \"[DONE]\"]}]"));

    // A POST: the JDK's client silently sends a GET again when its connection closes.
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(mistral.baseUrl() + "/v1/embeddings"))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    assertThatThrownBy(() -> HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
    assertThat(chat("x").body()).isEqualTo("data: {\"hello\":1}\n\ndata: [DONE]\n\n");
  }

  @Test
  void listsTheRecordedRequestsWithoutTheKeyAndWaitsForThemWithABound() {
    chat("Hello");

    JsonNode recorded = ok(control("GET", "/requests", null));
    HttpResponse<String> late = control("GET", "/requests?wait_for=5&timeout_ms=100", null);

    assertThat(recorded.get("count").asInt()).isEqualTo(1);
    JsonNode request = recorded.at("/requests/0");
    assertThat(request.get("method").asString()).isEqualTo("POST");
    assertThat(request.get("path").asString()).isEqualTo("/v1/chat/completions");
    assertThat(request.at("/body/messages/0/content").asString()).isEqualTo("Hello");
    assertThat(request.at("/headers/authorization/0").asString()).isEqualTo("Bearer [redacted]");
    assertThat(recorded.toString()).doesNotContain("test-key");
    assertThat(late.statusCode()).isEqualTo(408);
    assertThat(Json.parse(late.body()).get("error").asString()).contains("Only 1 of 5");
  }

  @Test
  void waitsForARequestThatArrivesLater() throws Exception {
    Thread later =
        new Thread(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
              }
              chat("Late");
            });
    later.start();

    JsonNode recorded = ok(control("GET", "/requests?wait_for=1&timeout_ms=5000", null));
    later.join(5000);

    assertThat(recorded.get("count").asInt()).isEqualTo(1);
  }

  @Test
  void controlRequestsAreNeitherRecordedNorScriptedNorChecked() {
    mistral.server().requireApiKey("secret");
    try {
      mistral.server().enqueue(MockResponse.apiError(500));

      ok(control("GET", "/health", null));
      ok(control("GET", "/responses", null));

      assertThat(mistral.server().requestCount()).isZero();
      assertThat(mistral.server().queued()).hasSize(1);
    } finally {
      mistral.server().requireApiKey(null);
    }
  }

  @Test
  void sharesOneQueueAndOneRecordWithTheJavaApi() {
    mistral.server().enqueue(MockResponse.answer("From Java").forPath("/v1/chat"));

    JsonNode queued = ok(control("GET", "/responses", null));
    chat("x");

    assertThat(queued.at("/responses/0/type").asString()).isEqualTo("answer");
    assertThat(queued.at("/responses/0/path").asString()).isEqualTo("/v1/chat");
    assertThat(ok(control("GET", "/requests", null)).get("count").asInt())
        .isEqualTo(mistral.server().requestCount())
        .isEqualTo(1);
    ok(control("DELETE", "/requests", null));
    assertThat(mistral.server().recordedRequests()).isEmpty();
  }

  @Test
  void resetsTheState() {
    ok(control("POST", "/responses", "{\"type\": \"answer\", \"text\": \"x\"}"));
    HttpSupport.post(
        mistral.baseUrl() + "/v1/agents",
        "k",
        "{\"model\": \"mistral-small-latest\", \"name\": \"A\"}");

    ok(control("POST", "/reset", null));

    assertThat(mistral.server().queued()).isEmpty();
    assertThat(mistral.server().requestCount()).isZero();
    assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/agents", "k").json()).isEmpty();
  }

  @Test
  void changesTheSettingsAndNeverShowsTheKey() {
    JsonNode updated =
        ok(
            control(
                "PUT",
                "/settings",
                "{\"token_delay_ms\": 15, \"require_api_key\": \"s3cret\","
                    + " \"advance_jobs_on_retrieve\": false, \"advance_jobs_every_ms\": 1000}"));
    try {
      assertThat(updated.get("token_delay_ms").asInt()).isEqualTo(15);
      assertThat(updated.get("require_api_key").asBoolean()).isTrue();
      assertThat(updated.toString()).doesNotContain("s3cret");
      assertThat(chat("x").status()).isEqualTo(401);
      assertThat(
              HttpSupport.post(
                      mistral.baseUrl() + "/v1/chat/completions",
                      "s3cret",
                      "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\","
                          + " \"content\": \"x\"}]}")
                  .status())
          .isEqualTo(200);
      assertThat(mistral.server().tokenDelay()).isEqualTo(Duration.ofMillis(15));
    } finally {
      ok(
          control(
              "PUT",
              "/settings",
              "{\"token_delay_ms\": 0, \"require_api_key\": null, \"advance_jobs_on_retrieve\":"
                  + " true, \"advance_jobs_every_ms\": null}"));
    }
    assertThat(chat("x").status()).isEqualTo(200);
  }

  @Test
  void retiresLegacyFineTuningThroughTheSettings() {
    assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/fine_tuning/jobs", "k").status())
        .isEqualTo(200);
    try {
      JsonNode updated = ok(control("PUT", "/settings", "{\"retire_fine_tuning\": true}"));

      assertThat(updated.get("retire_fine_tuning").asBoolean()).isTrue();
      assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/fine_tuning/jobs", "k").status())
          .isEqualTo(410);
      assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/fine_tuning/jobs/j-1", "k").status())
          .isEqualTo(410);
      assertThat(problem("PUT", "/settings", "{\"retire_fine_tuning\": \"yes\"}"))
          .contains("retire_fine_tuning must be true or false");
    } finally {
      ok(control("PUT", "/settings", "{\"retire_fine_tuning\": false}"));
    }
    assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/fine_tuning/jobs", "k").status())
        .isEqualTo(200);
  }

  @Test
  void addsAModelThatRequestsMayThenName() {
    assertThat(
            HttpSupport.post(
                    mistral.baseUrl() + "/v1/classifications",
                    "k",
                    "{\"model\": \"ft:classifier:mine\", \"input\": [\"great\"]}")
                .status())
        .isEqualTo(400);

    ok(control("POST", "/models", "{\"id\": \"ft:classifier:mine\"}"));

    assertThat(
            HttpSupport.post(
                    mistral.baseUrl() + "/v1/classifications",
                    "k",
                    "{\"model\": \"ft:classifier:mine\", \"input\": [\"great\"]}")
                .status())
        .isEqualTo(200);
    assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/models/ft:classifier:mine", "k").status())
        .isEqualTo(200);
  }

  @Test
  void refusesBadBodiesNamingTheFieldAndWhatItTakes() {
    assertThat(problem("POST", "/responses", "{\"type\": \"answers\"}"))
        .contains("unknown \"type\": \"answers\"", "answer, tool_calls");
    assertThat(problem("POST", "/responses", "{\"type\": \"answer\"}")).contains("needs \"text\"");
    assertThat(problem("POST", "/responses", "[{\"type\": \"answer\", \"txt\": \"x\"}]"))
        .contains("[0]", "\"txt\" is not a field", "text");
    assertThat(problem("POST", "/responses", "{\"type\": \"error\", \"status\": 200}"))
        .contains("from 400 to 599");
    assertThat(problem("POST", "/responses", "{\"type\": \"rate_limited\", \"retry_after\": -1}"))
        .contains("retry_after must be seconds");
    assertThat(
            problem(
                "POST",
                "/responses",
                "{\"type\": \"answer\", \"text\": \"x\"," + " \"cut_after\": \"3\"}"))
        .contains("cut_after must be a number of events");
    assertThat(problem("POST", "/responses", "not json")).contains("not valid JSON");
    assertThat(problem("PUT", "/settings", "{\"speed\": 1}"))
        .contains("\"speed\" is not a setting");
    assertThat(problem("GET", "/requests?wait_for=soon", null)).contains("wait_for must be");
    assertThat(mistral.server().queued()).isEmpty();
  }

  private static String problem(String method, String path, String body) {
    HttpResponse<String> response = control(method, path, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return Json.parse(response.body()).get("error").asString();
  }

  @Test
  void answersUnknownEndpointsWithTheListOfEndpoints() {
    HttpResponse<String> unknown = control("GET", "/nope", null);
    HttpResponse<String> wrongMethod = control("DELETE", "/health", null);

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("POST /__mistral/responses");
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
  }

  @Test
  void servesItsSchemaAndAcceptsEveryExampleOfIt() throws IOException {
    JsonNode served = ok(control("GET", "/schema", null));
    JsonNode packaged;
    try (InputStream in = ControlApi.class.getResourceAsStream("control-api.schema.json")) {
      packaged = Json.parse(in.readAllBytes());
    }

    assertThat(served).isEqualTo(packaged);
    JsonNode examples = served.at("/$defs/Response/examples");
    assertThat(examples.size()).isGreaterThanOrEqualTo(6);
    for (JsonNode example : examples) {
      assertThat(control("POST", "/responses", example.toString()).statusCode())
          .as(example.toString())
          .isEqualTo(200);
    }
    for (JsonNode example : served.at("/$defs/Settings/examples")) {
      assertThat(control("PUT", "/settings", example.toString()).statusCode()).isEqualTo(200);
    }
    ok(control("PUT", "/settings", "{\"token_delay_ms\": 0, \"require_api_key\": null}"));
    assertThat(mistral.server().queued()).hasSize(examples.size());
  }
}
