package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ParseStreamEvent;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.chat.ToolRunResult;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.tools.LocalTool;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/**
 * The client's structured output and tool loop end to end against the simulator: its {@code
 * json_schema} answers must satisfy the client's strict reader, and its tool rule must drive a
 * whole loop.
 */
class StructuredOutputAndToolsTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  enum Kind {
    CAPITAL,
    TOWN
  }

  record Landmark(String name, Optional<Integer> builtIn) {}

  record City(String name, Kind kind, int population, List<Landmark> landmarks) {}

  /** A recursive type: the sampler must end it in a valid value. */
  record Employee(String name, Optional<Employee> manager, List<Employee> reports) {}

  record CityArgs(@JsonPropertyDescription("The city") String city) {}

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static ChatCompletionRequest ask(String text) {
    return ChatCompletionRequest.builder()
        .model("mistral-large-latest")
        .addUserMessage(text)
        .build();
  }

  @Test
  void theSimulatorsSchemaAnswerReadsAsTheType() {
    ParsedChatCompletion<City> parsed = client.chat().parse(ask("Describe a city."), City.class);

    assertThat(parsed.value().name()).isNotBlank();
    assertThat(parsed.value().kind()).isNotNull();
    assertThat(parsed.value().landmarks()).isNotEmpty();
  }

  @Test
  void aRecursiveTypeGetsAFiniteValidAnswer() {
    ParsedChatCompletion<Employee> parsed =
        client.chat().parse(ask("Describe a team."), Employee.class);

    assertThat(parsed.value().name()).isNotBlank();
  }

  @Test
  void parseStreamEndsWithTheParsedValue() {
    List<ParseStreamEvent<City>> events;
    try (Stream<ParseStreamEvent<City>> stream =
        client.chat().parseStream(ask("Describe a city."), City.class)) {
      events = stream.toList();
    }

    assertThat(events.get(events.size() - 1)).isInstanceOf(ParseStreamEvent.Parsed.class);
    StringBuilder text = new StringBuilder();
    events.stream()
        .filter(ParseStreamEvent.Text.class::isInstance)
        .forEach(e -> text.append(((ParseStreamEvent.Text<City>) e).text()));
    ParseStreamEvent.Parsed<City> last =
        (ParseStreamEvent.Parsed<City>) events.get(events.size() - 1);
    assertThat(text).hasToString(last.completion().text());
  }

  @Test
  void theToolLoopRunsTwoToolsTheModelCallsAtOnceAndReturnsTheAnswerQuotingThem() {
    Set<String> called = ConcurrentHashMap.newKeySet();
    LocalTool<CityArgs> weather =
        LocalTool.of(
            "get_weather",
            "The current weather in a city",
            CityArgs.class,
            args -> {
              called.add("get_weather(" + args.city() + ")");
              return "Sunny in " + args.city();
            });
    LocalTool<CityArgs> time =
        LocalTool.of(
            "get_local_time",
            "The local time in a city",
            CityArgs.class,
            args -> {
              called.add("get_local_time");
              return "Noon";
            });

    ToolRunResult result =
        client
            .chat()
            .runTools(
                ask("what is the weather in Paris, and the local time there?"),
                List.of(weather, time),
                3);

    assertThat(called).containsExactlyInAnyOrder("get_weather(Paris)", "get_local_time");
    assertThat(result.rounds()).isEqualTo(1);
    assertThat(((AssistantMessage) result.messages().get(1)).toolCalls()).hasSize(2);
    assertThat(result.messages().get(2)).isInstanceOf(ToolMessage.class);
    assertThat(result.text()).contains("Sunny in Paris").contains("Noon");
  }

  @Test
  void theReactiveToolLoopRunsAgainstTheSimulator() {
    LocalTool<CityArgs> weather =
        LocalTool.of("get_weather", "The current weather in a city", CityArgs.class, a -> "Rain");

    StepVerifier.create(
            client
                .reactive()
                .chat()
                .runTools(ask("what is the weather in Lyon?"), List.of(weather), 2))
        .assertNext(result -> assertThat(result.text()).contains("Rain"))
        .expectComplete()
        .verify(Duration.ofSeconds(30));
  }
}
