package io.github.mistralspring.springai.chat;

import static io.github.mistralspring.springai.Simulators.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockMistralServer;
import io.github.mistralspring.test.MockResponse;
import io.github.mistralspring.test.RecordedRequest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.memory.MessageWindowChatMemory;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import tools.jackson.databind.JsonNode;

/** Spring AI's ChatClient over {@link MistralChatModel}, against the Mistral simulator. */
class MistralChatModelChatClientTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;
  private ChatClient chatClient;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
    MistralChatModel model =
        MistralChatModel.builder()
            .mistralClient(client)
            .defaultOptions(MistralChatOptions.builder().model("mistral-small-latest").build())
            .build();
    chatClient = ChatClient.create(model);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private MockMistralServer server() {
    return mistral.server();
  }

  @Test
  void callReturnsTheAnswersText() {
    server().enqueue(MockResponse.answer("Hello from the simulator."));

    String content = chatClient.prompt().system("Be brief.").user("Say hello").call().content();

    assertThat(content).isEqualTo("Hello from the simulator.");
    JsonNode body = server().takeRequest().bodyJson();
    assertThat(body.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
    assertThat(body.path("messages").get(0).path("content").asString()).isEqualTo("Be brief.");
    assertThat(body.path("messages").get(1).path("role").asString()).isEqualTo("user");
    assertThat(body.path("messages").get(1).path("content").asString()).isEqualTo("Say hello");
    assertThat(body.has("stream") && body.path("stream").asBoolean()).isFalse();
  }

  @Test
  void streamEmitsTheAnswerPieceByPiece() {
    server().enqueue(MockResponse.answer("One two three four."));

    List<String> pieces =
        chatClient.prompt("Count to four").stream().content().collectList().block(TIMEOUT);

    assertThat(pieces).hasSizeGreaterThan(1);
    assertThat(String.join("", pieces)).isEqualTo("One two three four.");
    assertThat(server().takeRequest().bodyJson().path("stream").asBoolean()).isTrue();
  }

  /** An answer as a record. */
  record City(String name, int population) {}

  @Test
  void entityAsksForNativeStructuredOutputWithTheRecordsSchema() {
    server().enqueue(MockResponse.answer("{\"name\":\"Paris\",\"population\":2100000}"));

    City city =
        chatClient
            .prompt("The largest city of France?")
            .call()
            .entity(City.class, spec -> spec.useProviderStructuredOutput());

    assertThat(city).isEqualTo(new City("Paris", 2100000));
    JsonNode body = server().takeRequest().bodyJson();
    JsonNode format = body.path("response_format");
    assertThat(format.path("type").asString()).isEqualTo("json_schema");
    assertThat(format.path("json_schema").path("strict").asBoolean()).isTrue();
    assertThat(format.path("json_schema").path("name").asString()).isNotBlank();
    JsonNode properties = format.path("json_schema").path("schema").path("properties");
    assertThat(properties.path("name").path("type").asString()).isEqualTo("string");
    assertThat(properties.path("population").path("type").asString()).isEqualTo("integer");
    // Native: the schema goes as a constraint, not as instructions appended to the prompt.
    assertThat(body.path("messages").get(0).path("content").asString())
        .isEqualTo("The largest city of France?");
  }

  @Test
  void entityParsesWhatTheSimulatorGeneratesFromTheSchemaSent() {
    City city =
        chatClient
            .prompt("The largest city of France?")
            .call()
            .entity(City.class, spec -> spec.useProviderStructuredOutput());

    // The simulator answers a value of the schema it was sent: the schema was a valid one.
    assertThat(city).isNotNull();
    assertThat(city.name()).isNotBlank();
  }

  /** Tools the model may call, recording what it asked. */
  static final class WeatherTools {

    final List<String> cities = new CopyOnWriteArrayList<>();

    @Tool(description = "The current temperature in a city")
    String currentTemperature(@ToolParam(description = "The city's name") String city) {
      cities.add(city);
      return "18 degrees Celsius";
    }
  }

  @Test
  void aToolTheModelCallsRunsAndItsResultGoesBackToTheModel() {
    WeatherTools tools = new WeatherTools();
    server()
        .enqueue(
            MockResponse.toolCall("currentTemperature", "{\"city\":\"Paris\"}"),
            MockResponse.answer("It is 18 degrees Celsius in Paris."));

    String content = chatClient.prompt("How warm is it in Paris?").tools(tools).call().content();

    assertThat(content).isEqualTo("It is 18 degrees Celsius in Paris.");
    assertThat(tools.cities).containsExactly("Paris");
    JsonNode first = server().takeRequest().bodyJson();
    JsonNode function = first.path("tools").get(0).path("function");
    assertThat(function.path("name").asString()).isEqualTo("currentTemperature");
    assertThat(function.path("description").asString()).contains("current temperature");
    assertThat(function.path("parameters").path("properties").has("city")).isTrue();
    JsonNode messages = server().takeRequest().bodyJson().path("messages");
    assertThat(messages).hasSize(3);
    JsonNode call = messages.get(1).path("tool_calls").get(0);
    assertThat(messages.get(1).path("role").asString()).isEqualTo("assistant");
    assertThat(call.path("function").path("name").asString()).isEqualTo("currentTemperature");
    assertThat(call.path("id").asString()).matches("[A-Za-z0-9]{9}");
    JsonNode result = messages.get(2);
    assertThat(result.path("role").asString()).isEqualTo("tool");
    assertThat(result.path("tool_call_id").asString()).isEqualTo(call.path("id").asString());
    assertThat(result.path("content").asString()).contains("18 degrees Celsius");
  }

  @Test
  void structuredOutputAndToolsGoTogether() {
    WeatherTools tools = new WeatherTools();
    server()
        .enqueue(
            MockResponse.toolCall("currentTemperature", "{\"city\":\"Paris\"}"),
            MockResponse.answer("{\"name\":\"Paris\",\"population\":18}"));

    City city =
        chatClient
            .prompt("Which city, and how warm?")
            .tools(tools)
            .call()
            .entity(City.class, spec -> spec.useProviderStructuredOutput());

    assertThat(city).isEqualTo(new City("Paris", 18));
    assertThat(tools.cities).containsExactly("Paris");
    for (int round = 0; round < 2; round++) {
      JsonNode body = server().takeRequest().bodyJson();
      assertThat(body.path("tools")).hasSize(1);
      assertThat(body.path("response_format").path("type").asString()).isEqualTo("json_schema");
    }
  }

  @Test
  void aToolTheModelCallsInAStreamRunsToo() {
    WeatherTools tools = new WeatherTools();
    server()
        .enqueue(
            MockResponse.toolCall("currentTemperature", "{\"city\":\"Lyon\"}"),
            MockResponse.answer("It is 18 degrees Celsius in Lyon."));

    List<String> pieces =
        chatClient.prompt("How warm is it in Lyon?").tools(tools).stream()
            .content()
            .collectList()
            .block(TIMEOUT);

    assertThat(String.join("", pieces)).isEqualTo("It is 18 degrees Celsius in Lyon.");
    assertThat(tools.cities).containsExactly("Lyon");
    assertThat(server().requestCount()).isEqualTo(2);
  }

  @Test
  void chatMemoryCarriesTheFirstTurnIntoTheSecond() {
    ChatMemory memory = MessageWindowChatMemory.builder().build();
    ChatClient withMemory =
        chatClient
            .mutate()
            .defaultAdvisors(MessageChatMemoryAdvisor.builder(memory).build())
            .build();
    server()
        .enqueue(
            MockResponse.answer("Nice to meet you, Ada."),
            MockResponse.answer("Your name is Ada."));

    String first =
        withMemory
            .prompt("My name is Ada.")
            .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "conversation-1"))
            .call()
            .content();
    String second =
        withMemory
            .prompt("What is my name?")
            .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "conversation-1"))
            .call()
            .content();

    assertThat(first).isEqualTo("Nice to meet you, Ada.");
    assertThat(second).isEqualTo("Your name is Ada.");
    server().takeRequest();
    JsonNode messages = server().takeRequest().bodyJson().path("messages");
    assertThat(messages).hasSize(3);
    assertThat(messages.get(0).path("content").asString()).isEqualTo("My name is Ada.");
    assertThat(messages.get(1).path("role").asString()).isEqualTo("assistant");
    assertThat(messages.get(1).path("content").asString()).isEqualTo("Nice to meet you, Ada.");
    assertThat(messages.get(2).path("content").asString()).isEqualTo("What is my name?");
  }

  @Test
  void thePromptCacheAdvisorSendsTheConversationIdAsTheCacheKey() {
    ChatClient cached =
        chatClient.mutate().defaultAdvisors(new MistralPromptCacheAdvisor()).build();
    WeatherTools tools = new WeatherTools();
    server()
        .enqueue(
            MockResponse.toolCall("currentTemperature", "{\"city\":\"Nice\"}"),
            MockResponse.answer("Warm."),
            MockResponse.answer("No key."));

    cached
        .prompt("How warm is it in Nice?")
        .tools(tools)
        .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "conversation-7"))
        .call()
        .content();
    cached.prompt("And now?").call().content();

    // Both rounds of the tool loop carry the key; a request without a conversation has none.
    assertThat(server().takeRequest().bodyJson().path("prompt_cache_key").asString())
        .isEqualTo("conversation-7");
    assertThat(server().takeRequest().bodyJson().path("prompt_cache_key").asString())
        .isEqualTo("conversation-7");
    RecordedRequest third = server().takeRequest();
    assertThat(third.bodyJson().has("prompt_cache_key")).isFalse();
  }
}
