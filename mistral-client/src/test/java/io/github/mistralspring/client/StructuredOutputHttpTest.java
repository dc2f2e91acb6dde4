package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ParseStreamEvent;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** {@code chat().parse} and {@code parseStream} over HTTP against an in-process WireMock server. */
class StructuredOutputHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  /** The type the tests ask for. */
  record City(String name, int population, List<String> landmarks, Optional<String> motto) {}

  private static final String CITY_JSON =
      "{\"name\":\"Paris\",\"population\":2100000,\"landmarks\":[\"Eiffel Tower\"],\"motto\":null}";

  private final MistralClient client = server.client();

  @Test
  void sendsTheTypesStrictSchemaAndReadsTheAnswerAsTheType() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(answer(CITY_JSON, "stop"))));

    ParsedChatCompletion<City> parsed = client.chat().parse(Fixtures.simpleRequest(), City.class);

    assertThat(parsed.value())
        .isEqualTo(new City("Paris", 2100000, List.of("Eiffel Tower"), Optional.empty()));
    assertThat(parsed.text()).isEqualTo(CITY_JSON);
    assertThat(parsed.response().id()).isEqualTo("cmpl-1");
    JsonNode format = server.lastRequestBody().get("response_format");
    assertThat(format.get("type").asString()).isEqualTo("json_schema");
    assertThat(format.at("/json_schema/name").asString()).isEqualTo("City");
    assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
    assertThat(format.at("/json_schema/schema/additionalProperties").asBoolean()).isFalse();
    assertThat(format.at("/json_schema/schema/required").toString())
        .isEqualTo("[\"name\",\"population\",\"landmarks\",\"motto\"]");
  }

  @Test
  void anAnswerOfAnotherShapeIsATypedErrorWithTheRawText() {
    String missing = "{\"name\":\"Paris\",\"landmarks\":[],\"motto\":null}";
    server.stubFor(post("/v1/chat/completions").willReturn(json(answer(missing, "stop"))));

    assertThatThrownBy(() -> client.chat().parse(Fixtures.simpleRequest(), City.class))
        .isInstanceOfSatisfying(
            StructuredOutputException.class,
            e -> {
              assertThat(e.rawText()).isEqualTo(missing);
              assertThat(e.targetType()).endsWith("City");
              assertThat(e.getMessage())
                  .contains("does not match City")
                  .contains("population")
                  .contains(missing);
            });
  }

  @Test
  void anAnswerThatIsNotJsonIsATypedErrorWithTheRawText() {
    server.stubFor(
        post("/v1/chat/completions").willReturn(json(answer("Sorry, I cannot.", "stop"))));

    assertThatThrownBy(() -> client.chat().parse(Fixtures.simpleRequest(), City.class))
        .isInstanceOfSatisfying(
            StructuredOutputException.class,
            e -> assertThat(e.rawText()).isEqualTo("Sorry, I cannot."));
  }

  @Test
  void anAnswerCutOffByMaxTokensSaysToRaiseThem() {
    server.stubFor(
        post("/v1/chat/completions").willReturn(json(answer("{\\\"name\\\":\\\"Par", "length"))));

    assertThatThrownBy(() -> client.chat().parse(Fixtures.simpleRequest(), City.class))
        .isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("finish_reason length")
        .hasMessageContaining("raise maxTokens");
  }

  @Test
  void aRequestWithItsOwnResponseFormatIsRejectedBeforeSending() {
    ChatCompletionRequest request =
        Fixtures.simpleRequest().toBuilder().responseFormat(ResponseFormat.jsonObject()).build();

    assertThatThrownBy(() -> client.chat().parse(request, City.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without responseFormat(...)");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void parseStreamEmitsTheTextAsItArrivesAndTheValueLast() {
    server.stubFor(post("/v1/chat/completions").willReturn(sse(CITY_JSON)));

    List<ParseStreamEvent<City>> events;
    try (Stream<ParseStreamEvent<City>> stream =
        client.chat().parseStream(Fixtures.simpleRequest(), City.class)) {
      events = stream.toList();
    }

    assertThat(events).hasSize(4);
    StringBuilder text = new StringBuilder();
    events.subList(0, 3).forEach(e -> text.append(((ParseStreamEvent.Text<City>) e).text()));
    assertThat(text).hasToString(CITY_JSON);
    ParsedChatCompletion<City> parsed =
        ((ParseStreamEvent.Parsed<City>) events.get(3)).completion();
    assertThat(parsed.value().name()).isEqualTo("Paris");
    assertThat(parsed.response().usage().totalTokens()).isEqualTo(14);
    assertThat(server.lastRequestBody().at("/response_format/json_schema/name").asString())
        .isEqualTo("City");
  }

  @Test
  void parseStreamFailsAtTheEndWhenTheWholeAnswerDoesNotMatch() {
    server.stubFor(post("/v1/chat/completions").willReturn(sse("{\"name\":\"Paris\"}")));

    try (Stream<ParseStreamEvent<City>> stream =
        client.chat().parseStream(Fixtures.simpleRequest(), City.class)) {
      var iterator = stream.iterator();
      assertThat(iterator.next()).isInstanceOf(ParseStreamEvent.Text.class);
      assertThat(iterator.next()).isInstanceOf(ParseStreamEvent.Text.class);
      assertThat(iterator.next()).isInstanceOf(ParseStreamEvent.Text.class);
      assertThatThrownBy(iterator::next)
          .isInstanceOfSatisfying(
              StructuredOutputException.class,
              e -> assertThat(e.rawText()).isEqualTo("{\"name\":\"Paris\"}"));
    }
  }

  @Test
  void reactiveParseAndParseStreamReadTheAnswerAsTheType() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(answer(CITY_JSON, "stop"))));
    StepVerifier.create(client.reactive().chat().parse(Fixtures.simpleRequest(), City.class))
        .assertNext(parsed -> assertThat(parsed.value().population()).isEqualTo(2100000))
        .expectComplete()
        .verify(Duration.ofSeconds(10));

    server.resetAll();
    server.stubFor(post("/v1/chat/completions").willReturn(sse(CITY_JSON)));
    StepVerifier.create(client.reactive().chat().parseStream(Fixtures.simpleRequest(), City.class))
        .expectNextCount(3)
        .assertNext(
            event ->
                assertThat(((ParseStreamEvent.Parsed<City>) event).completion().value().landmarks())
                    .containsExactly("Eiffel Tower"))
        .expectComplete()
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void reactiveParseChecksItsArgumentsWhenCalled() {
    ReactiveChatApi chat = client.reactive().chat();
    assertThatThrownBy(() -> chat.parse(Fixtures.simpleRequest(), Runnable.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no JSON shape");
    assertThatThrownBy(() -> chat.parseStream(null, City.class))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("request");
  }

  /** A response whose one choice's content is the given text, already escaped for JSON. */
  private static String answer(String content, String finishReason) {
    String escaped = content.contains("\\\"") ? content : content.replace("\"", "\\\"");
    return "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + escaped
        + "\"},\"finish_reason\":\""
        + finishReason
        + "\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  /** The text streamed in three pieces. */
  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sse(String text) {
    String escaped = text.replace("\"", "\\\"");
    int third = escaped.length() / 3;
    // Cut away from an escape, so each piece is a valid JSON string.
    int first = cut(escaped, third);
    int second = cut(escaped, 2 * third);
    return aResponse()
        .withHeader("Content-Type", "text/event-stream")
        .withBody(
            Fixtures.textStream(
                escaped.substring(0, first),
                escaped.substring(first, second),
                escaped.substring(second)));
  }

  private static int cut(String escaped, int at) {
    int i = at;
    while (i > 0 && escaped.charAt(i - 1) == '\\') {
      i--;
    }
    return i;
  }
}
