package io.github.mistralspring.sample;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

  private static final String API_KEY = "test-key-that-must-not-leak";

  @RegisterExtension
  static final WireMockExtension mistralApi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @DynamicPropertySource
  static void mistralProperties(DynamicPropertyRegistry registry) {
    registry.add("mistral.base-url", mistralApi::baseUrl);
    registry.add("mistral.api-key", () -> API_KEY);
  }

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  @LocalServerPort private int port;

  @Autowired private ApplicationContext context;

  @Test
  void answersAPromptWithTheConfiguredModel() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id": "cmpl-1", "object": "chat.completion", "model": "mistral-small-latest",
                         "created": 1700000000,
                         "choices": [{"index": 0, "finish_reason": "stop",
                                      "message": {"role": "assistant", "content": "Paris."}}],
                         "usage": {"prompt_tokens": 9, "completion_tokens": 2, "total_tokens": 11}}
                        """)));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/chat"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"prompt\": \"What is the capital of France?\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode answer = json.readTree(response.body());
    assertThat(answer.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(answer.path("answer").asString()).isEqualTo("Paris.");
    assertThat(answer.path("usage").path("totalTokens").asInt()).isEqualTo(11);
    mistralApi.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withRequestBody(
                equalToJson(
                    """
                    {"model": "mistral-small-latest",
                     "messages": [{"role": "user", "content": "What is the capital of France?"}]}
                    """,
                    true,
                    true)));
  }

  @Test
  void asksTheModelTheRequestNames() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"id": "cmpl-2", "model": "mistral-large-latest",
                         "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"}}]}
                        """)));

    HttpResponse<String> response =
        postJson("/api/chat", "{\"prompt\": \"Hello\", \"model\": \"mistral-large-latest\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).path("answer").asString()).isEqualTo("Hi");
    mistralApi.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withRequestBody(matchingJsonPath("$.model", equalTo("mistral-large-latest"))));
  }

  @Test
  void streamsTheAnswerPiecesInOrderThenADoneEvent() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .withRequestBody(matchingJsonPath("$.stream", equalTo("true")))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(
                        chunk("{\"role\": \"assistant\", \"content\": \"\"}", null)
                            + chunk("{\"content\": \"Bonjour\"}", null)
                            + chunk("{\"content\": \" le\"}", null)
                            + chunk("{\"content\": \" monde\\n!\"}", null)
                            + chunk(
                                "{\"content\": \"\"}",
                                "{\"prompt_tokens\": 5, \"completion_tokens\": 4,"
                                    + " \"total_tokens\": 9}")
                            + "data: [DONE]\n\n")));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    uri(
                        "/api/chat/stream?prompt="
                            + URLEncoder.encode("Say hello", StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    List<String[]> events = events(response.body());
    List<String> pieces = new ArrayList<>();
    for (String[] event : events) {
      if (event[0].equals("delta")) {
        pieces.add(json.readTree(event[1]).path("text").asString());
      }
    }
    assertThat(pieces).containsExactly("Bonjour", " le", " monde\n!");
    String[] last = events.get(events.size() - 1);
    assertThat(last[0]).isEqualTo("done");
    JsonNode done = json.readTree(last[1]);
    assertThat(done.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(done.path("usage").path("totalTokens").asInt()).isEqualTo(9);
    mistralApi.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withRequestBody(matchingJsonPath("$.messages[0].content", equalTo("Say hello"))));
  }

  @Test
  void passesOnTheStatusOfAnUpstreamErrorWithoutTheKey() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Unauthorized\", \"request_id\": \"req-1\"}")));

    HttpResponse<String> response = postJson("/api/chat", "{\"prompt\": \"Hello\"}");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = json.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(401);
    assertThat(problem.path("detail").asString()).isEqualTo("Unauthorized");
    assertThat(response.body()).doesNotContain(API_KEY);
  }

  @Test
  void answersAProblemWhenTheStreamFailsBeforeItsFirstPiece() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\": \"Unauthorized\"}")));

    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/api/chat/stream?prompt=Hello"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // Nothing was sent yet, so the failure still becomes a problem response with the status.
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(response.body()).path("detail").asString()).isEqualTo("Unauthorized");
    assertThat(response.body()).doesNotContain(API_KEY);
  }

  @Test
  void answers502WhenTheApiCannotBeRead() throws Exception {
    mistralApi.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody("{not json")));

    HttpResponse<String> response = postJson("/api/chat", "{\"prompt\": \"Hello\"}");

    assertThat(response.statusCode()).isEqualTo(502);
    assertThat(response.body()).doesNotContain(API_KEY);
  }

  @Test
  void rejectsABlankPrompt() throws Exception {
    HttpResponse<String> response = postJson("/api/chat", "{\"prompt\": \" \"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(mistralApi.getAllServeEvents()).isEmpty();
  }

  @Test
  void reportsHealth() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri("/actuator/health")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).path("status").asString()).isEqualTo("UP");
  }

  @Test
  void staysAServletApplication() {
    assertThat(context).isInstanceOf(ServletWebServerApplicationContext.class);
    assertThat(context).isNotInstanceOf(ReactiveWebApplicationContext.class);
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String chunk(String delta, String usage) {
    return "data: {\"id\": \"cmpl-3\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
        + " \"model\": \"mistral-small-latest\", \"choices\": [{\"index\": 0, \"delta\": "
        + delta
        + "}]"
        + (usage == null ? "" : ", \"usage\": " + usage)
        + "}\n\n";
  }

  // Splits a server-sent event stream into (name, data) pairs; an event without a name is
  // "message".
  private static List<String[]> events(String body) {
    List<String[]> events = new ArrayList<>();
    for (String block : body.replace("\r\n", "\n").split("\n\n")) {
      String name = "message";
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
          String value = line.substring("data:".length());
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(value.startsWith(" ") ? value.substring(1) : value);
        }
      }
      if (data.length() > 0 || !name.equals("message")) {
        events.add(new String[] {name, data.toString()});
      }
    }
    return events;
  }
}
