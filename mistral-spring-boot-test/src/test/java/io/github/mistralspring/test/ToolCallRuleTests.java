package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The deterministic rule by which the simulated model calls tools without a script ({@link
 * ToolRule}), and how it answers tool results; over plain HTTP, to see the wire shapes.
 */
class ToolCallRuleTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static final String WEATHER =
      """
      {"type": "function", "function": {"name": "get_weather",
        "description": "Get the current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"], "additionalProperties": false}}}""";

  private static final String TIME =
      """
      {"type": "function", "function": {"name": "get_local_time",
        "description": "The local time in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
                       "required": ["city"]}}}""";

  private static final String CONVERT =
      """
      {"type": "function", "function": {"name": "convert",
        "description": "Converts an amount of money between currencies.",
        "parameters": {"type": "object",
          "properties": {"amount": {"type": "number"},
                         "unit": {"type": "string", "enum": ["EUR", "USD", "GBP"]}}}}}""";

  private static JsonNode chat(String messages, String tools, String extra) {
    HttpSupport.Result result =
        HttpSupport.post(
            mistral.baseUrl() + "/v1/chat/completions",
            "k",
            "{\"model\": \"mistral-large-latest\", \"messages\": "
                + messages
                + ", \"tools\": ["
                + tools
                + "]"
                + extra
                + "}");
    assertThat(result.status()).as(result.body()).isEqualTo(200);
    return result.json();
  }

  private static String user(String text) {
    return "[{\"role\": \"user\", \"content\": \"" + text + "\"}]";
  }

  @Test
  void callsTheToolAPromptAsksForWithAutoOrNoToolChoiceAndOnlyThen() {
    for (String choice : new String[] {"", ", \"tool_choice\": \"auto\""}) {
      JsonNode response = chat(user("What's the weather in Paris?"), WEATHER, choice);

      assertThat(response.at("/choices/0/finish_reason").asString()).isEqualTo("tool_calls");
      JsonNode call = response.at("/choices/0/message/tool_calls/0");
      assertThat(call.at("/function/name").asString()).isEqualTo("get_weather");
      assertThat(call.at("/function/arguments").asString()).isEqualTo("{\"city\":\"Paris\"}");
      assertThat(call.get("id").asString()).matches("[A-Za-z0-9]{9}");
    }
    JsonNode unrelated = chat(user("Tell me a joke about cheese"), WEATHER, "");
    JsonNode none =
        chat(user("What's the weather in Paris?"), WEATHER, ", \"tool_choice\": \"none\"");

    assertThat(unrelated.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(unrelated.at("/choices/0/message/tool_calls").isNull()).isTrue();
    assertThat(unrelated.at("/choices/0/message/content").asString()).contains("cheese");
    assertThat(none.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
  }

  @Test
  void callsEveryToolAskedForAtOnceInTheOrderThePromptNamesThem() {
    JsonNode response =
        chat(
            user("What is the local time in Tokyo and the weather in New York?"),
            WEATHER + "," + TIME,
            "");

    JsonNode calls = response.at("/choices/0/message/tool_calls");
    assertThat(calls).hasSize(2);
    assertThat(calls.at("/0/function/name").asString()).isEqualTo("get_local_time");
    assertThat(calls.at("/0/function/arguments").asString()).isEqualTo("{\"city\":\"Tokyo\"}");
    assertThat(calls.at("/1/function/name").asString()).isEqualTo("get_weather");
    assertThat(calls.at("/1/function/arguments").asString()).isEqualTo("{\"city\":\"New York\"}");
    assertThat(calls.at("/1/index").asInt()).isEqualTo(1);
  }

  @Test
  void callsOnlyTheFirstToolWhenParallelToolCallsIsOff() {
    JsonNode response =
        chat(
            user("What is the local time in Tokyo and the weather in Oslo?"),
            WEATHER + "," + TIME,
            ", \"parallel_tool_calls\": false");

    assertThat(response.at("/choices/0/message/tool_calls")).hasSize(1);
    assertThat(response.at("/choices/0/message/tool_calls/0/function/name").asString())
        .isEqualTo("get_local_time");
  }

  @Test
  void matchesTwoWordsOfTheDescriptionButNotOneAndTakesEnumValuesAndNumbersFromThePrompt() {
    // "money" and "currencies" are words of the description; the name "convert" is not used.
    JsonNode asked = chat(user("How much money is 120 in USD, across currencies?"), CONVERT, "");
    JsonNode notAsked = chat(user("I like money"), CONVERT, "");

    JsonNode arguments =
        Json.parse(asked.at("/choices/0/message/tool_calls/0/function/arguments").asString());
    assertThat(arguments.get("amount").asDouble()).isEqualTo(120.0);
    assertThat(arguments.get("unit").asString()).isEqualTo("USD");
    assertThat(notAsked.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
  }

  @Test
  void fillsTheArgumentsOfAForcedFunctionFromThePrompt() {
    JsonNode response =
        chat(
            user("Hello from Berlin"),
            WEATHER + "," + TIME,
            ", \"tool_choice\": {\"type\": \"function\", \"function\": {\"name\":"
                + " \"get_local_time\"}}");

    assertThat(response.at("/choices/0/message/tool_calls/0/function/name").asString())
        .isEqualTo("get_local_time");
    assertThat(response.at("/choices/0/message/tool_calls/0/function/arguments").asString())
        .isEqualTo("{\"city\":\"Berlin\"}");
  }

  @Test
  void answersToolResultsWithTextThatUsesThem() {
    String messages =
        """
        [{"role": "user", "content": "What's the weather in Paris?"},
         {"role": "assistant", "content": "", "tool_calls": [{"id": "abcDEF123",
           "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}}]},
         {"role": "tool", "tool_call_id": "abcDEF123", "content": "Sunny, 22C in Paris"}]""";

    JsonNode response = chat(messages, WEATHER, "");

    assertThat(response.at("/choices/0/finish_reason").asString()).isEqualTo("stop");
    assertThat(response.at("/choices/0/message/content").asString())
        .isEqualTo("According to get_weather: Sunny, 22C in Paris.");
  }

  @Test
  void streamsToolCallsInOneChunk() {
    HttpSupport.Result result =
        HttpSupport.post(
            mistral.baseUrl() + "/v1/chat/completions",
            "k",
            "{\"model\": \"mistral-large-latest\", \"stream\": true, \"messages\": "
                + user("Weather in Rome?")
                + ", \"tools\": ["
                + WEATHER
                + "]}");

    assertThat(result.body())
        .contains("\"tool_calls\":[{\"id\":")
        .contains("\"arguments\":\"{\\\"city\\\":\\\"Rome\\\"}\"")
        .contains("\"finish_reason\":\"tool_calls\"")
        .endsWith("data: [DONE]\n\n");
  }
}
