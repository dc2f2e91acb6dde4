package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBodyWithoutNulls;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import io.github.mistralspring.client.tools.LocalTool;
import io.github.mistralspring.client.tools.ToolExecutionException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The conversations' function loop over {@link LocalTool}s, against WireMock. */
class ConversationLocalToolsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  /** The weather tool's arguments. */
  record City(String city) {}

  /** Its result, sent back as JSON. */
  record Weather(String city, int celsius) {}

  private final MistralClient client = server.client();

  @Test
  void startWithFunctionsOffersTheToolsAndAnswersTheirCalls() {
    server.stubFor(
        post("/v1/conversations")
            .inScenario("tools")
            .whenScenarioStateIs(STARTED)
            .willSetStateTo("called")
            .willReturn(json(calls("call_1", "get_weather", "{\"city\":\"Paris\"}"))));
    server.stubFor(
        post("/v1/conversations/conv_1")
            .inScenario("tools")
            .whenScenarioStateIs("called")
            .willReturn(json(message("Paris is at 21."))));
    LocalTool<City> weather =
        LocalTool.of("get_weather", "Weather", City.class, a -> new Weather(a.city(), 21));

    ConversationResponse answer =
        client
            .beta()
            .conversations()
            .startWithFunctions(
                ConversationRequest.builder().model("m").inputs("Weather in Paris?").build(),
                List.of(weather),
                2);

    assertThat(answer.text()).isEqualTo("Paris is at 21.");
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests.get(0).getBodyAsString())
        .contains("\"tools\":[{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"")
        .contains("\"strict\":true");
    assertBodyWithoutNulls(
        requests.get(1),
        """
        {"inputs":[{"type":"function.result","tool_call_id":"call_1",
                    "result":"{\\"city\\":\\"Paris\\",\\"celsius\\":21}"}],
         "stream":false}
        """);
  }

  @Test
  void aToolThatThrowsACheckedExceptionStopsTheLoop() {
    server.stubFor(
        post("/v1/conversations")
            .willReturn(json(calls("call_1", "get_weather", "{\"city\":\"Paris\"}"))));
    IOException down = new IOException("weather service down");
    LocalTool<City> weather =
        LocalTool.of(
            "get_weather",
            "Weather",
            City.class,
            a -> {
              throw down;
            });

    assertThatThrownBy(
            () ->
                client
                    .beta()
                    .conversations()
                    .startWithFunctions(
                        ConversationRequest.builder().model("m").inputs("Weather?").build(),
                        List.of(weather),
                        2))
        .isInstanceOf(ToolExecutionException.class)
        .hasMessageContaining("get_weather")
        .hasCause(down);
  }

  private static String message(String text) {
    return "{\"conversation_id\":\"conv_1\",\"outputs\":[{\"type\":\"message.output\","
        + "\"id\":\"m1\",\"role\":\"assistant\",\"content\":\""
        + text
        + "\"}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }

  private static String calls(String id, String name, String arguments) {
    return "{\"conversation_id\":\"conv_1\",\"outputs\":[{\"type\":\"function.call\","
        + "\"id\":\"fc_1\",\"tool_call_id\":\""
        + id
        + "\",\"name\":\""
        + name
        + "\",\"arguments\":"
        + arguments
        + "}],\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,\"total_tokens\":2}}";
  }
}
