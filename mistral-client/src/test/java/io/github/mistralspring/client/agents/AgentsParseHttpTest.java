package io.github.mistralspring.client.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ParseStreamEvent;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** {@code agents().parse} and {@code parseStream} over HTTP against an in-process WireMock. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class AgentsParseHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  /** The type the tests ask for. */
  record Painter(String name, int born) {}

  private static final String PAINTER = "{\"name\":\"Monet\",\"born\":1840}";

  private final MistralClient client = server.client();

  private static AgentsCompletionRequest request() {
    return AgentsCompletionRequest.builder()
        .agentId("ag_1")
        .addUserMessage("Who painted water lilies?")
        .build();
  }

  @Test
  void sendsTheTypesSchemaAsTheResponseFormatAndReadsTheAnswer() {
    server.stubFor(post("/v1/agents/completions").willReturn(json(answer(PAINTER))));

    ParsedChatCompletion<Painter> parsed = client.agents().parse(request(), Painter.class);

    assertThat(parsed.value()).isEqualTo(new Painter("Monet", 1840));
    assertThat(parsed.response().id()).isEqualTo("cmpl-a");
    JsonNode body = server.lastRequestBody();
    assertThat(body.get("agent_id").asString()).isEqualTo("ag_1");
    assertThat(body.at("/response_format/type").asString()).isEqualTo("json_schema");
    assertThat(body.at("/response_format/json_schema/name").asString()).isEqualTo("Painter");
    assertThat(body.at("/response_format/json_schema/strict").asBoolean()).isTrue();
    assertThat(body.at("/response_format/json_schema/schema/required").toString())
        .isEqualTo("[\"name\",\"born\"]");
  }

  @Test
  void aGenericTypeIsAskedForWrappedAndReadUnwrapped() {
    server.stubFor(
        post("/v1/agents/completions").willReturn(json(answer("{\"value\":[" + PAINTER + "]}"))));

    ParsedChatCompletion<List<Painter>> parsed =
        client.agents().parse(request(), new TypeRef<List<Painter>>() {});

    assertThat(parsed.value()).containsExactly(new Painter("Monet", 1840));
    assertThat(
            server
                .lastRequestBody()
                .at("/response_format/json_schema/schema/properties/value/type")
                .asString())
        .isEqualTo("array");
  }

  @Test
  void aMismatchIsATypedErrorWithTheRawText() {
    server.stubFor(post("/v1/agents/completions").willReturn(json(answer("{\"name\":1}"))));

    assertThatThrownBy(() -> client.agents().parse(request(), Painter.class))
        .isInstanceOfSatisfying(
            StructuredOutputException.class,
            e -> assertThat(e.rawText()).isEqualTo("{\"name\":1}"));
  }

  @Test
  void aRequestWithItsOwnResponseFormatIsRejectedBeforeSending() {
    AgentsCompletionRequest own =
        request().toBuilder().responseFormat(ResponseFormat.jsonObject()).build();

    assertThatThrownBy(() -> client.agents().parse(own, Painter.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without responseFormat(...)");
    assertThatThrownBy(() -> client.reactive().agents().parse(own, Painter.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void parseStreamEmitsTheTextThenTheValue() {
    server.stubFor(
        post("/v1/agents/completions")
            .willReturn(sse("{\\\"name\\\":\\\"Monet\\\",", "\\\"born\\\":1840}")));

    List<ParseStreamEvent<Painter>> events;
    try (Stream<ParseStreamEvent<Painter>> stream =
        client.agents().parseStream(request(), Painter.class)) {
      events = stream.toList();
    }

    assertThat(events).hasSize(3);
    assertThat(((ParseStreamEvent.Text<Painter>) events.get(0)).text())
        .isEqualTo("{\"name\":\"Monet\",");
    assertThat(((ParseStreamEvent.Parsed<Painter>) events.get(2)).completion().value())
        .isEqualTo(new Painter("Monet", 1840));
    assertThat(server.lastRequestBody().get("stream").asBoolean()).isTrue();
    assertThat(server.lastRequestBody().at("/response_format/json_schema/name").asString())
        .isEqualTo("Painter");
  }

  @Test
  void reactiveParseAndParseStreamReadTheAnswer() {
    server.stubFor(post("/v1/agents/completions").willReturn(json(answer(PAINTER))));
    StepVerifier.create(client.reactive().agents().parse(request(), Painter.class))
        .assertNext(parsed -> assertThat(parsed.value().born()).isEqualTo(1840))
        .expectComplete()
        .verify(Duration.ofSeconds(10));

    server.resetAll();
    server.stubFor(
        post("/v1/agents/completions")
            .willReturn(sse("{\\\"name\\\":\\\"Monet\\\",", "\\\"born\\\":1840}")));
    StepVerifier.create(client.reactive().agents().parseStream(request(), Painter.class))
        .expectNextCount(2)
        .assertNext(
            event ->
                assertThat(((ParseStreamEvent.Parsed<Painter>) event).completion().value().name())
                    .isEqualTo("Monet"))
        .expectComplete()
        .verify(Duration.ofSeconds(10));
  }

  private static String answer(String content) {
    return "{\"id\":\"cmpl-a\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
        + MistralJson.mapper().writeValueAsString(content)
        + "},\"finish_reason\":\"stop\"}],"
        + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  /** Two text pieces (already escaped for a JSON string) as a chat completion stream. */
  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(
      String first, String second) {
    String chunk =
        "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"%s\"},\"finish_reason\":%s}]}";
    String body =
        "data: "
            + String.format(chunk, first, "null")
            + "\n\ndata: "
            + String.format(chunk, second, "\"stop\"")
            + "\n\ndata: [DONE]\n\n";
    return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
  }
}
