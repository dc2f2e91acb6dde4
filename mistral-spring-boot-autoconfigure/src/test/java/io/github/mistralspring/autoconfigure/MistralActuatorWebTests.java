package io.github.mistralspring.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The starter seen through the actuator of a running web application. */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "mistral.api-key=" + MistralActuatorWebTests.KEY,
      "mistral.clients.billing.api-key=" + MistralActuatorWebTests.NAMED_KEY,
      "mistral.proxy.password=" + MistralActuatorWebTests.PROXY_PASSWORD,
      "mistral.retry.enabled=false",
      "management.endpoints.web.exposure.include=health,metrics,configprops,env",
      "management.endpoint.health.show-details=always",
      "management.endpoint.configprops.show-values=always",
      "management.endpoint.env.show-values=always"
    })
class MistralActuatorWebTests {

  static final String KEY = "sk-test-key-must-not-show";
  static final String NAMED_KEY = "sk-named-key-must-not-show";
  static final String PROXY_PASSWORD = "proxy-password-must-not-show";

  private static final String COMPLETION =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1,"model":"mistral-small-2506",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}}
      """;

  private static final String STREAM =
      "data: {\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
          + "\"model\":\"mistral-small-2506\",\"choices\":[{\"index\":0,\"delta\":"
          + "{\"content\":\"Paris\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":4,\"total_tokens\":14}}\n\n"
          + "data: [DONE]\n\n";

  private static final String MODELS =
      """
      {"object":"list","data":[{"id":"mistral-small-latest","object":"model","type":"base"}]}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @DynamicPropertySource
  static void pointAtServer(DynamicPropertyRegistry registry) {
    registry.add("mistral.base-url", server::baseUrl);
  }

  @LocalServerPort int port;

  @Autowired MistralClient client;

  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json = JsonMapper.builder().build();

  private String fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  private void askAndStream() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(COMPLETION)));
    ChatCompletionRequest question =
        ChatCompletionRequest.builder().model("mistral-small-latest").addUserMessage("Hi").build();
    client.chat().complete(question);
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/event-stream").withBody(STREAM)));
    client.reactive().chat().stream(question).blockLast();
  }

  @Test
  void healthShowsMistralUpForEveryClient() throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/v1/models"))
            .willReturn(
                aResponse().withHeader("Content-Type", "application/json").withBody(MODELS)));

    String body = fetch("/actuator/health");

    JsonNode mistral = json.readTree(body).path("components").path("mistral");
    assertThat(mistral.path("status").asString()).isEqualTo("UP");
    assertThat(mistral.path("components").path("default").path("details").path("models").asInt())
        .isEqualTo(1);
    assertThat(mistral.path("components").path("billing").path("status").asString())
        .isEqualTo("UP");
    assertThat(body).doesNotContain(KEY).doesNotContain(NAMED_KEY);
  }

  @Test
  void metricsListTheDurationAndTokenUsageWithTheirTags() throws Exception {
    askAndStream();

    assertThat(fetch("/actuator/metrics"))
        .contains("gen_ai.client.operation.duration")
        .contains("gen_ai.client.token.usage");
    JsonNode duration = json.readTree(fetch("/actuator/metrics/gen_ai.client.operation.duration"));
    assertThat(duration.path("availableTags").toString())
        .contains("gen_ai.operation.name")
        .contains("gen_ai.provider.name")
        .contains("mistral_ai")
        .contains("gen_ai.request.model")
        .contains("gen_ai.response.model")
        .contains("error.type")
        .contains("chat.stream");
    JsonNode tokens =
        json.readTree(
            fetch("/actuator/metrics/gen_ai.client.token.usage?tag=gen_ai.token.type:output"));
    assertThat(tokens.path("measurements").toString()).contains("6.0");
    assertThat(tokens.path("availableTags").toString()).contains("mistral-small-2506");
  }

  @Test
  void configpropsAndEnvNeverShowTheKeys() throws Exception {
    String configprops = fetch("/actuator/configprops");
    String env = fetch("/actuator/env");

    assertThat(configprops).contains("mistral").contains(server.baseUrl());
    assertThat(env).contains("mistral.api-key");
    for (String body : new String[] {configprops, env}) {
      assertThat(body).doesNotContain(KEY).doesNotContain(NAMED_KEY).doesNotContain(PROXY_PASSWORD);
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class App {}
}
