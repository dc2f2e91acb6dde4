package io.github.mistralspring.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.conformance.Bindings.Binding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Recorded reality: every {@code api.mistral.ai} exchange in the pydantic-ai cassettes goes through
 * the client. The recorded request body reads into the operation's request type and writes back
 * unchanged; the client sends it to an in-process server that answers with the recorded response,
 * which the client must parse and write back without loss.
 */
class RecordedExchangesTest {

  private static final JsonMapper JSON = MistralJson.mapper();

  private record Exchange(
      String name,
      String method,
      String path,
      boolean streaming,
      JsonNode requestBody,
      int status,
      String contentType,
      String responseBody) {}

  private static WireMockServer server;
  private static MistralClient client;

  @BeforeAll
  static void start() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client =
        MistralClient.builder()
            .apiKey("test-key")
            .baseUrl("http://127.0.0.1:" + server.port())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    server.stop();
  }

  static List<Exchange> exchanges() {
    Path dir = Spec.specDir().resolve("fixtures/recorded/pydantic-ai");
    YAMLMapper yaml = YAMLMapper.builder().build();
    List<Exchange> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode cassette = yaml.readTree(Files.readString(file));
        int index = 0;
        for (JsonNode interaction : cassette.path("interactions")) {
          index++;
          JsonNode request = interaction.path("request");
          URI uri = URI.create(request.path("uri").asString());
          if (!"api.mistral.ai".equals(uri.getHost())) {
            continue;
          }
          JsonNode response = interaction.path("response");
          JsonNode parsed = response.get("parsed_body");
          String raw = response.path("body").path("string").asString(null);
          JsonNode type = response.path("headers").path("content-type");
          result.add(
              new Exchange(
                  file.getFileName() + " #" + index,
                  request.path("method").asString(),
                  uri.getPath(),
                  "stream".equals(uri.getFragment()),
                  request.get("parsed_body"),
                  response.path("status").path("code").asInt(),
                  type.isArray() ? type.get(0).asString() : type.asString("application/json"),
                  parsed != null ? parsed.toString() : raw));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }

  @Test
  void findsTheRecordedExchanges() {
    List<Exchange> all = exchanges();
    assertThat(all).hasSizeGreaterThan(40);
    assertThat(all).anyMatch(Exchange::streaming);
    assertThat(all)
        .as("every recorded api.mistral.ai operation is bound to a client method")
        .allMatch(e -> Bindings.forExchange(e.method(), e.path(), e.streaming()).isPresent());
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedExchangeGoesThroughTheClient() {
    return exchanges().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e)));
  }

  private static void check(Exchange exchange) {
    Binding binding =
        Bindings.forExchange(exchange.method(), exchange.path(), exchange.streaming())
            .orElseThrow();
    Object request = binding.reader().apply(exchange.requestBody());
    TreeDiff requestDiff = TreeDiff.of(exchange.requestBody(), JSON.valueToTree(request));
    assertThat(requestDiff.changed).as("request values changed").isEmpty();
    assertThat(requestDiff.dropped).as("request fields dropped").isEmpty();

    server.resetAll();
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(exchange.status())
                    .withHeader("Content-Type", exchange.contentType())
                    .withBody(exchange.responseBody())));
    Object parsed = binding.invoker().invoke(client, request, Map.of());

    JsonNode sent = JSON.readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
    TreeDiff sentDiff = TreeDiff.of(exchange.requestBody(), sent);
    assertThat(sentDiff.changed)
        .as("sent values changed (stream flag aside)")
        .allMatch(c -> c.startsWith("/stream "));
    assertThat(sentDiff.dropped).as("fields not sent").isEmpty();

    if (exchange.streaming()) {
      List<JsonNode> events = new ArrayList<>();
      for (String line : exchange.responseBody().split("\n")) {
        if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
          events.add(JSON.readTree(line.substring("data: ".length())));
        }
      }
      List<?> chunks = (List<?>) parsed;
      assertThat(chunks).hasSameSizeAs(events);
      for (int i = 0; i < events.size(); i++) {
        TreeDiff diff = TreeDiff.of(events.get(i), JSON.valueToTree(chunks.get(i)));
        assertThat(diff.changed).as("event %d changed", i).isEmpty();
        assertThat(diff.dropped).as("event %d dropped", i).isEmpty();
      }
    } else {
      JsonNode body = JSON.readTree(exchange.responseBody());
      TreeDiff diff = TreeDiff.of(body, JSON.valueToTree(parsed));
      assertThat(diff.changed).as("response values changed").isEmpty();
      assertThat(diff.dropped).as("response fields dropped").isEmpty();
    }
  }
}
