package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.testsupport.MistralWireMock.events;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationParseEvent;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ParsedConversation;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** The conversations' {@code parse} and {@code parseStream} over HTTP against WireMock. */
class ConversationParseHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  /** The type the tests ask for. */
  record Forecast(String city, int celsius) {}

  private static final String FORECAST = "{\"city\":\"Paris\",\"celsius\":21}";

  private final MistralClient client = server.client();

  private static ConversationRequest request() {
    return ConversationRequest.builder()
        .model("mistral-medium-latest")
        .inputs("Weather in Paris?")
        .completionArgs(CompletionArgs.builder().temperature(0.2).maxTokens(200).build())
        .build();
  }

  @Test
  void startSendsTheSchemaInTheCompletionArgsKeepingTheOthersAndReadsTheAnswer() {
    server.stubFor(post("/v1/conversations").willReturn(json(response(FORECAST))));

    ParsedConversation<Forecast> parsed =
        client.beta().conversations().parse(request(), Forecast.class);

    assertThat(parsed.value()).isEqualTo(new Forecast("Paris", 21));
    assertThat(parsed.text()).isEqualTo(FORECAST);
    assertThat(parsed.response().conversationId()).isEqualTo("conv_1");
    JsonNode args = body().get("completion_args");
    assertThat(args.get("temperature").asDouble()).isEqualTo(0.2);
    assertThat(args.get("max_tokens").asInt()).isEqualTo(200);
    assertThat(args.at("/response_format/type").asString()).isEqualTo("json_schema");
    assertThat(args.at("/response_format/json_schema/name").asString()).isEqualTo("Forecast");
    assertThat(args.at("/response_format/json_schema/strict").asBoolean()).isTrue();
  }

  @Test
  void appendReadsAGenericTypeUnwrapped() {
    server.stubFor(
        post("/v1/conversations/conv_1")
            .willReturn(json(response("{\"value\":{\"today\":" + FORECAST + "}}"))));

    ParsedConversation<Map<String, Forecast>> parsed =
        client
            .beta()
            .conversations()
            .parse(
                "conv_1",
                ConversationAppendRequest.builder().inputs("And today?").build(),
                new TypeRef<Map<String, Forecast>>() {});

    assertThat(parsed.value()).containsEntry("today", new Forecast("Paris", 21));
    assertThat(body().at("/completion_args/response_format/json_schema/name").asString())
        .isEqualTo("Map_String_Forecast");
  }

  @Test
  void aMismatchOrAFunctionCallIsATypedError() {
    server.stubFor(post("/v1/conversations").willReturn(json(response("{\"city\":\"Paris\"}"))));
    assertThatThrownBy(() -> client.beta().conversations().parse(request(), Forecast.class))
        .isInstanceOfSatisfying(
            StructuredOutputException.class,
            e -> assertThat(e.rawText()).isEqualTo("{\"city\":\"Paris\"}"));

    server.resetAll();
    server.stubFor(
        post("/v1/conversations")
            .willReturn(
                json(
                    "{\"object\":\"conversation.response\",\"conversation_id\":\"conv_1\","
                        + "\"outputs\":[{\"object\":\"entry\",\"type\":\"function.call\","
                        + "\"id\":\"fc_1\",\"tool_call_id\":\"call_1\",\"name\":\"get_weather\","
                        + "\"arguments\":\"{}\"}],\"usage\":{\"prompt_tokens\":1,"
                        + "\"completion_tokens\":1,\"total_tokens\":2}}")));
    assertThatThrownBy(() -> client.beta().conversations().parse(request(), Forecast.class))
        .isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("called functions")
        .hasMessageContaining("callFunctions");
  }

  @Test
  void completionArgsWithAnotherResponseFormatAreRejectedBeforeSending() {
    ConversationRequest own =
        request().toBuilder()
            .completionArgs(
                CompletionArgs.builder().responseFormat(ResponseFormat.jsonObject()).build())
            .build();

    assertThatThrownBy(() -> client.beta().conversations().parse(own, Forecast.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sets response_format")
        .hasMessageContaining("without responseFormat(...)");
    assertThatThrownBy(
            () -> client.reactive().beta().conversations().parseStream(own, Forecast.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void parseStreamEmitsTheTextThenTheValue() {
    server.stubFor(post("/v1/conversations").willReturn(events(stream())));

    List<ConversationParseEvent<Forecast>> events;
    try (Stream<ConversationParseEvent<Forecast>> stream =
        client.beta().conversations().parseStream(request(), Forecast.class)) {
      events = stream.toList();
    }

    assertThat(events).hasSize(3);
    assertThat(((ConversationParseEvent.Text<Forecast>) events.get(0)).text())
        .isEqualTo("{\"city\":\"Paris\",");
    ParsedConversation<Forecast> parsed =
        ((ConversationParseEvent.Parsed<Forecast>) events.get(2)).conversation();
    assertThat(parsed.value()).isEqualTo(new Forecast("Paris", 21));
    assertThat(parsed.response().conversationId()).isEqualTo("conv_1");
    assertThat(body().at("/completion_args/response_format/json_schema/name").asString())
        .isEqualTo("Forecast");
  }

  @Test
  void reactiveParseAndParseStreamReadTheAnswer() {
    server.stubFor(post("/v1/conversations").willReturn(json(response(FORECAST))));
    StepVerifier.create(client.reactive().beta().conversations().parse(request(), Forecast.class))
        .assertNext(parsed -> assertThat(parsed.value().celsius()).isEqualTo(21))
        .expectComplete()
        .verify(Duration.ofSeconds(10));

    server.resetAll();
    server.stubFor(post("/v1/conversations").willReturn(events(stream())));
    StepVerifier.create(
            client.reactive().beta().conversations().parseStream(request(), Forecast.class))
        .expectNextCount(2)
        .assertNext(
            event ->
                assertThat(
                        ((ConversationParseEvent.Parsed<Forecast>) event)
                            .conversation()
                            .value()
                            .city())
                    .isEqualTo("Paris"))
        .expectComplete()
        .verify(Duration.ofSeconds(10));
  }

  private static JsonNode body() {
    return MistralJson.mapper().readTree(server.onlyRequest().getBodyAsString());
  }

  private static String response(String text) {
    return "{\"object\":\"conversation.response\",\"conversation_id\":\"conv_1\",\"outputs\":["
        + "{\"object\":\"entry\",\"type\":\"message.output\",\"id\":\"msg_1\",\"role\":\"assistant\","
        + "\"content\":"
        + MistralJson.mapper().writeValueAsString(text)
        + "}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  private static String stream() {
    String delta =
        "{\"type\":\"message.output.delta\",\"output_index\":0,\"id\":\"msg_1\","
            + "\"content_index\":0,\"role\":\"assistant\",\"content\":%s}";
    return sse(
        "conversation.response.started",
        "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"}",
        "message.output.delta",
        String.format(delta, MistralJson.mapper().writeValueAsString("{\"city\":\"Paris\",")),
        "message.output.delta",
        String.format(delta, MistralJson.mapper().writeValueAsString("\"celsius\":21}")),
        "conversation.response.done",
        "{\"type\":\"conversation.response.done\",\"usage\":{\"prompt_tokens\":1,"
            + "\"completion_tokens\":1,\"total_tokens\":2}}");
  }
}
