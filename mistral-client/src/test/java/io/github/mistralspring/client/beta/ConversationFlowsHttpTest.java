package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBodyWithoutNulls;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.conversations.ConversationHistory;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.FunctionCallLimitException;
import io.github.mistralspring.client.beta.tools.FunctionTool;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Multi-turn flows on a scripted WireMock server: a whole session and the function loop. */
class ConversationFlowsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();
  private final BetaApi beta = client.beta();

  private static String message(String conversation, String id, String text) {
    return "{\"conversation_id\":\""
        + conversation
        + "\",\"outputs\":[{\"type\":\"message.output\",\"id\":\""
        + id
        + "\",\"role\":\"assistant\",\"content\":\""
        + text
        + "\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  private static String calls(String... idNameArguments) {
    StringBuilder outputs = new StringBuilder();
    for (int i = 0; i < idNameArguments.length; i += 3) {
      outputs
          .append(i == 0 ? "" : ",")
          .append("{\"type\":\"function.call\",\"id\":\"fc_")
          .append(i)
          .append("\",\"tool_call_id\":\"")
          .append(idNameArguments[i])
          .append("\",\"name\":\"")
          .append(idNameArguments[i + 1])
          .append("\",\"arguments\":")
          .append(idNameArguments[i + 2])
          .append('}');
    }
    return "{\"conversation_id\":\"conv_1\",\"outputs\":["
        + outputs
        + "],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  @Test
  void createsAnAgentStartsAppendsReadsTheHistoryAndRestartsFromTheSecondEntry() {
    server.stubFor(
        post("/v1/agents")
            .willReturn(
                json(
                    "{\"id\":\"ag_1\",\"name\":\"Guide\",\"model\":\"mistral-medium-latest\","
                        + "\"version\":0}")));
    server.stubFor(
        post("/v1/conversations")
            .inScenario("session")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("started")
            .willReturn(json(message("conv_1", "e2", "Lisbon or Porto?"))));
    server.stubFor(
        post("/v1/conversations/conv_1")
            .inScenario("session")
            .whenScenarioStateIs("started")
            .willSetStateTo("appended")
            .willReturn(json(message("conv_1", "e4", "Porto, then."))));
    server.stubFor(
        get("/v1/conversations/conv_1/history")
            .inScenario("session")
            .whenScenarioStateIs("appended")
            .willReturn(
                json(
                    """
                    {"conversation_id":"conv_1","entries":[
                      {"type":"message.input","id":"e1","role":"user","content":"A trip?"},
                      {"type":"message.output","id":"e2","role":"assistant","content":"Lisbon or Porto?"},
                      {"type":"message.input","id":"e3","role":"user","content":"Porto"},
                      {"type":"message.output","id":"e4","role":"assistant","content":"Porto, then."}]}
                    """)));
    server.stubFor(
        post("/v1/conversations/conv_1/restart")
            .inScenario("session")
            .whenScenarioStateIs("appended")
            .willSetStateTo("restarted")
            .willReturn(json(message("conv_1b", "e5", "Lisbon, then."))));

    Agent agent =
        beta.agents()
            .create(AgentRequest.builder().model("mistral-medium-latest").name("Guide").build());
    ConversationResponse first =
        beta.conversations()
            .start(ConversationRequest.builder().agentId(agent.id()).inputs("A trip?").build());
    ConversationResponse second = beta.conversations().append(first, "Porto");
    ConversationHistory history = beta.conversations().history(second.conversationId());
    String secondEntry = history.entries().get(1).id();
    ConversationResponse restarted =
        beta.conversations()
            .restart(
                "conv_1",
                ConversationRestartRequest.builder()
                    .fromEntryId(secondEntry)
                    .inputs("Lisbon")
                    .build());

    assertThat(second.text()).isEqualTo("Porto, then.");
    assertThat(history.entries())
        .extracting(entry -> entry.id())
        .containsExactly("e1", "e2", "e3", "e4");
    assertThat(history.entries())
        .extracting(entry -> entry.type())
        .containsExactly("message.input", "message.output", "message.input", "message.output");
    assertThat(restarted.text()).isEqualTo("Lisbon, then.");
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(request -> request.getMethod().getName() + " " + request.getUrl())
        .containsExactly(
            "POST /v1/agents",
            "POST /v1/conversations",
            "POST /v1/conversations/conv_1",
            "GET /v1/conversations/conv_1/history",
            "POST /v1/conversations/conv_1/restart");
    assertBodyWithoutNulls(
        requests.get(1), "{\"agent_id\":\"ag_1\",\"inputs\":\"A trip?\",\"stream\":false}");
    assertBodyWithoutNulls(requests.get(2), "{\"inputs\":\"Porto\",\"stream\":false}");
    assertBodyWithoutNulls(
        requests.get(4), "{\"from_entry_id\":\"e2\",\"inputs\":\"Lisbon\",\"stream\":false}");
  }

  /** What the weather function returns: written as JSON for the model. */
  record Weather(String city, int celsius) {}

  private static final Map<String, Function<JsonNode, ?>> FUNCTIONS =
      Map.of(
          "get_weather", arguments -> new Weather(arguments.get("city").asString(), 21),
          "get_time", arguments -> "12:00 in " + arguments.get("zone").asString());

  private void scriptTwoRoundsOfCalls() {
    server.stubFor(
        post("/v1/conversations")
            .inScenario("tools")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("round 1")
            .willReturn(json(calls("call_1", "get_weather", "{\"city\":\"Paris\"}"))));
    server.stubFor(
        post("/v1/conversations/conv_1")
            .inScenario("tools")
            .whenScenarioStateIs("round 1")
            .willSetStateTo("round 2")
            .willReturn(
                json(
                    calls(
                        "call_2",
                        "get_weather",
                        "\"{\\\"city\\\":\\\"Lyon\\\"}\"",
                        "call_3",
                        "get_time",
                        "{\"zone\":\"CET\"}"))));
    server.stubFor(
        post("/v1/conversations/conv_1")
            .inScenario("tools")
            .whenScenarioStateIs("round 2")
            .willSetStateTo("done")
            .willReturn(json(message("conv_1", "m1", "Paris 21, Lyon 21, noon."))));
  }

  @Test
  void theFunctionLoopAnswersTwoRoundsOfCallsAndStopsWhenTheModelDoes() {
    scriptTwoRoundsOfCalls();

    ConversationResponse answer =
        beta.conversations()
            .startWithFunctions(
                ConversationRequest.builder()
                    .model("mistral-medium-latest")
                    .inputs("Weather in Paris and Lyon, and the time?")
                    .addTool(FunctionTool.of("get_weather", "Weather", Map.of("type", "object")))
                    .addTool(FunctionTool.of("get_time", "Time", Map.of("type", "object")))
                    .build(),
                FUNCTIONS,
                3);

    assertThat(answer.text()).isEqualTo("Paris 21, Lyon 21, noon.");
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(LoggedRequest::getUrl)
        .containsExactly(
            "/v1/conversations", "/v1/conversations/conv_1", "/v1/conversations/conv_1");
    assertBodyWithoutNulls(
        requests.get(1),
        """
        {"inputs":[{"type":"function.result","tool_call_id":"call_1",
                    "result":"{\\"city\\":\\"Paris\\",\\"celsius\\":21}"}],
         "stream":false}
        """);
    assertBodyWithoutNulls(
        requests.get(2),
        """
        {"inputs":[{"type":"function.result","tool_call_id":"call_2",
                    "result":"{\\"city\\":\\"Lyon\\",\\"celsius\\":21}"},
                   {"type":"function.result","tool_call_id":"call_3","result":"12:00 in CET"}],
         "stream":false}
        """);
  }

  @Test
  void theFunctionLoopFailsClearlyWhenTheCapOnRoundsIsReached() {
    scriptTwoRoundsOfCalls();

    assertThatThrownBy(
            () ->
                beta.conversations()
                    .startWithFunctions(
                        ConversationRequest.builder()
                            .model("mistral-medium-latest")
                            .inputs("Weather?")
                            .build(),
                        FUNCTIONS,
                        1))
        .isInstanceOf(FunctionCallLimitException.class)
        .hasMessageContaining("after 1 rounds")
        .hasMessageContaining("[get_weather, get_time]")
        .satisfies(
            error ->
                assertThat(((FunctionCallLimitException) error).lastResponse().functionCalls())
                    .hasSize(2));
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(2);
  }

  @Test
  void theFunctionLoopNamesAFunctionItWasNotGiven() {
    server.stubFor(
        post("/v1/conversations").willReturn(json(calls("call_9", "launch_rocket", "{}"))));

    assertThatThrownBy(
            () ->
                beta.conversations()
                    .startWithFunctions(
                        ConversationRequest.builder().model("m").inputs("Go").build(),
                        FUNCTIONS,
                        3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("launch_rocket");
  }
}
