package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ToolRunResult;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import io.github.mistralspring.client.tools.LocalTool;
import io.github.mistralspring.client.tools.ToolErrorMode;
import io.github.mistralspring.client.tools.ToolExecutionException;
import io.github.mistralspring.client.tools.ToolRoundLimitException;
import io.github.mistralspring.client.tools.ToolRunOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** {@code chat().runTools} over HTTP against an in-process WireMock server. */
class ToolLoopHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  /** The arguments of the weather tool. */
  record City(@JsonPropertyDescription("The city's name") String city) {}

  /** A tool class whose method becomes a tool. */
  public static final class Clock {
    @JsonPropertyDescription("The local time in a time zone")
    public String localTime(String zone) {
      return "12:00 in " + zone;
    }
  }

  private static final String FINAL = answer("It is sunny in Paris and rainy in London.");

  private final MistralClient client = server.client();

  @Test
  void runsTwoCallsOfOneAnswerAtOnceAndSendsTheirResultsBackInOrder() {
    stubRounds(
        toolCalls(
            call("call_1", "get_weather", "{\"city\":\"Paris\"}"),
            call("call_2", "get_weather", "{\"city\":\"London\"}")),
        FINAL);
    // Each call waits for the other to start: run one after the other, both would time out.
    CountDownLatch bothStarted = new CountDownLatch(2);
    LocalTool<City> weather =
        LocalTool.of(
            "get_weather",
            "The current weather in a city",
            City.class,
            args -> {
              bothStarted.countDown();
              if (!bothStarted.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the calls did not run at the same time");
              }
              return args.city().equals("Paris") ? "Sunny" : "Rainy";
            });

    ToolRunResult result = client.chat().runTools(request(), List.of(weather), 3);

    assertThat(result.text()).isEqualTo("It is sunny in Paris and rainy in London.");
    assertThat(result.rounds()).isEqualTo(1);
    assertThat(result.messages()).hasSize(5);
    assertThat(result.messages().get(3))
        .isEqualTo(ToolMessage.of("call_2", "get_weather", "Rainy"));

    JsonNode first = sentBody(0);
    assertThat(first.at("/tools/0/function/name").asString()).isEqualTo("get_weather");
    assertThat(first.at("/tools/0/function/strict").asBoolean()).isTrue();
    assertThat(first.at("/tools/0/function/parameters/properties/city/description").asString())
        .isEqualTo("The city's name");
    JsonNode second = sentBody(1).get("messages");
    assertThat(second).hasSize(4);
    assertThat(second.at("/1/role").asString()).isEqualTo("assistant");
    assertThat(second.at("/1/tool_calls/1/id").asString()).isEqualTo("call_2");
    assertThat(second.at("/2/role").asString()).isEqualTo("tool");
    assertThat(second.at("/2/tool_call_id").asString()).isEqualTo("call_1");
    assertThat(second.at("/2/name").asString()).isEqualTo("get_weather");
    assertThat(second.at("/2/content").asString()).isEqualTo("Sunny");
    assertThat(second.at("/3/tool_call_id").asString()).isEqualTo("call_2");
    assertThat(second.at("/3/content").asString()).isEqualTo("Rainy");
  }

  @Test
  void aMethodIsATool() {
    stubRounds(toolCalls(call("call_1", "localTime", "{\"zone\":\"Europe/Paris\"}")), FINAL);
    LocalTool<Object[]> clock = LocalTool.fromMethod(new Clock(), "localTime");

    client.chat().runTools(request(), List.of(clock), 2);

    assertThat(sentBody(0).at("/tools/0/function/description").asString())
        .isEqualTo("The local time in a time zone");
    assertThat(sentBody(1).at("/messages/2/content").asString()).isEqualTo("12:00 in Europe/Paris");
  }

  @Test
  void stopsAtTheRoundCapWithTheTranscript() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(json(toolCalls(call("call_1", "get_weather", "{\"city\":\"Paris\"}")))));
    LocalTool<City> weather = LocalTool.of("get_weather", "Weather", City.class, a -> "Sunny");

    assertThatThrownBy(() -> client.chat().runTools(request(), List.of(weather), 2))
        .isInstanceOfSatisfying(
            ToolRoundLimitException.class,
            e -> {
              assertThat(e.maxRounds()).isEqualTo(2);
              assertThat(e.getMessage())
                  .contains("[get_weather]")
                  .contains("after 2 rounds")
                  .contains("ToolRunOptions.maxRounds");
              // user, then (assistant, tool) twice, then the unanswered assistant message
              assertThat(e.transcript()).hasSize(6);
              assertThat(e.transcript().get(5)).isInstanceOf(AssistantMessage.class);
              assertThat(e.pendingCalls()).hasSize(1);
            });
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void aThrowingToolIsReportedToTheModelByDefault() {
    stubRounds(toolCalls(call("call_1", "get_weather", "{\"city\":\"Atlantis\"}")), FINAL);
    LocalTool<City> weather =
        LocalTool.of(
            "get_weather",
            "Weather",
            City.class,
            args -> {
              throw new IllegalStateException("no such city: " + args.city());
            });

    ToolRunResult result = client.chat().runTools(request(), List.of(weather), 2);

    assertThat(result.rounds()).isEqualTo(1);
    assertThat(sentBody(1).at("/messages/2/content").asString())
        .isEqualTo(
            "Error: Tool 'get_weather' failed: java.lang.IllegalStateException: no such city:"
                + " Atlantis");
  }

  @Test
  void aThrowingToolIsRaisedWhenAskedTo() {
    stubRounds(toolCalls(call("call_1", "get_weather", "{\"city\":\"Atlantis\"}")), FINAL);
    IllegalStateException boom = new IllegalStateException("boom");
    LocalTool<City> weather =
        LocalTool.of(
            "get_weather",
            "Weather",
            City.class,
            args -> {
              throw boom;
            });
    ToolRunOptions raise = ToolRunOptions.builder().onToolError(ToolErrorMode.RAISE).build();

    assertThatThrownBy(() -> client.chat().runTools(request(), List.of(weather), raise))
        .isInstanceOfSatisfying(
            ToolExecutionException.class,
            e -> {
              assertThat(e.getCause()).isSameAs(boom);
              assertThat(e.toolName()).isEqualTo("get_weather");
              assertThat(e.toolCallId()).isEqualTo("call_1");
              assertThat(e.transcript()).hasSize(2);
            });
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void unknownToolsAndBadArgumentsAreReportedToTheModel() {
    stubRounds(
        toolCalls(
            call("call_1", "get_time", "{}"),
            call("call_2", "get_weather", "{\"town\":\"Paris\"}")),
        FINAL);
    LocalTool<City> weather = LocalTool.of("get_weather", "Weather", City.class, a -> "Sunny");

    client.chat().runTools(request(), List.of(weather), 2);

    JsonNode messages = sentBody(1).get("messages");
    assertThat(messages.at("/2/content").asString())
        .isEqualTo(
            "Error: The model called the tool 'get_time', which is not among the tools given to"
                + " runTools: [get_weather]");
    assertThat(messages.at("/3/content").asString())
        .startsWith("Error: Tool 'get_weather' failed: java.lang.IllegalArgumentException:")
        .contains("do not match its parameters")
        .contains("town");
  }

  @Test
  void aToolPastItsTimeoutCountsAsFailed() {
    stubRounds(toolCalls(call("call_1", "get_weather", "{\"city\":\"Paris\"}")), FINAL);
    LocalTool<City> slow =
        LocalTool.of(
            "get_weather",
            "Weather",
            City.class,
            args -> {
              Thread.sleep(10_000);
              return "late";
            });
    ToolRunOptions options = ToolRunOptions.builder().toolTimeout(Duration.ofMillis(200)).build();

    client.chat().runTools(request(), List.of(slow), options);

    assertThat(sentBody(1).at("/messages/2/content").asString())
        .contains("ran past its timeout of PT0.2S");
  }

  @Test
  void theReactiveLoopRunsTwoRounds() {
    stubRounds(
        toolCalls(
            call("call_1", "get_weather", "{\"city\":\"Paris\"}"),
            call("call_2", "get_weather", "{\"city\":\"London\"}")),
        FINAL);
    LocalTool<City> weather =
        LocalTool.of("get_weather", "Weather", City.class, args -> "Mild in " + args.city());

    StepVerifier.create(client.reactive().chat().runTools(request(), List.of(weather), 2))
        .assertNext(
            result -> {
              assertThat(result.rounds()).isEqualTo(1);
              assertThat(result.messages().get(2))
                  .isEqualTo(ToolMessage.of("call_1", "get_weather", "Mild in Paris"));
              assertThat(result.messages().get(3))
                  .isEqualTo(ToolMessage.of("call_2", "get_weather", "Mild in London"));
            })
        .expectComplete()
        .verify(Duration.ofSeconds(15));
  }

  @Test
  void theReactiveLoopSignalsTheRoundCap() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(json(toolCalls(call("call_1", "get_weather", "{\"city\":\"Paris\"}")))));
    LocalTool<City> weather = LocalTool.of("get_weather", "Weather", City.class, a -> "Sunny");

    StepVerifier.create(client.reactive().chat().runTools(request(), List.of(weather), 0))
        .expectError(ToolRoundLimitException.class)
        .verify(Duration.ofSeconds(15));
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void aToolTheRequestAlreadyOffersIsRejectedBeforeSending() {
    LocalTool<City> weather = LocalTool.of("get_weather", "Weather", City.class, a -> "Sunny");
    ChatCompletionRequest request = request().toBuilder().addTool(weather.toTool()).build();

    assertThatThrownBy(() -> client.chat().runTools(request, List.of(weather), 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave it out of tools(...)");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  private static ChatCompletionRequest request() {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage("What is the weather in Paris and London?")
        .build();
  }

  private static void stubRounds(String first, String second) {
    server.stubFor(
        post("/v1/chat/completions")
            .inScenario("rounds")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("answered")
            .willReturn(json(first)));
    server.stubFor(
        post("/v1/chat/completions")
            .inScenario("rounds")
            .whenScenarioStateIs("answered")
            .willReturn(json(second)));
  }

  /** The body of the n-th request, in the order they were sent. */
  private static JsonNode sentBody(int n) {
    var events = server.getAllServeEvents();
    // WireMock lists the newest first.
    String body = events.get(events.size() - 1 - n).getRequest().getBodyAsString();
    return MistralJson.mapper().readTree(body);
  }

  private static String call(String id, String name, String arguments) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\"function\",\"function\":{\"name\":\""
        + name
        + "\",\"arguments\":"
        + MistralJson.mapper().writeValueAsString(arguments)
        + "}}";
  }

  private static String toolCalls(String... calls) {
    return "{\"id\":\"cmpl-t\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"\","
        + "\"tool_calls\":["
        + String.join(",", calls)
        + "]},\"finish_reason\":\"tool_calls\"}]}";
  }

  private static String answer(String text) {
    return "{\"id\":\"cmpl-a\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
        + text
        + "\"},\"finish_reason\":\"stop\"}]}";
  }
}
