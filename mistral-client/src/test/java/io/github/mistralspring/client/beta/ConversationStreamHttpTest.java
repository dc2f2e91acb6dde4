package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.model.JsonTrees.withoutIdsAndTimes;
import static io.github.mistralspring.client.testsupport.MistralWireMock.events;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.AgentHandoffDoneEvent;
import io.github.mistralspring.client.beta.conversations.AgentHandoffStartedEvent;
import io.github.mistralspring.client.beta.conversations.ConversationAccumulator;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationStreamException;
import io.github.mistralspring.client.beta.conversations.FunctionCallEvent;
import io.github.mistralspring.client.beta.conversations.MessageOutputEvent;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.conversations.ResponseDoneEvent;
import io.github.mistralspring.client.beta.conversations.ResponseStartedEvent;
import io.github.mistralspring.client.beta.conversations.ToolExecutionDeltaEvent;
import io.github.mistralspring.client.beta.conversations.ToolExecutionDoneEvent;
import io.github.mistralspring.client.beta.conversations.ToolExecutionStartedEvent;
import io.github.mistralspring.client.beta.conversations.UnknownEvent;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/**
 * Conversation event streams on WireMock: every event type, the accumulator, errors, truncation.
 */
class ConversationStreamHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String T = "\"created_at\":\"2025-05-01T10:00:00.5Z\"";

  /** One exchange as a stream: a hand-off, a web search, a message with a reference, a call. */
  static final String EVERY_EVENT =
      sse(
          "conversation.response.started",
          "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"," + T + "}",
          "agent.handoff.started",
          "{\"type\":\"agent.handoff.started\",\"output_index\":0,\"id\":\"ho_1\","
              + "\"previous_agent_id\":\"ag_1\",\"previous_agent_name\":\"Router\","
              + T
              + "}",
          "agent.handoff.done",
          "{\"type\":\"agent.handoff.done\",\"output_index\":0,\"id\":\"ho_1\","
              + "\"next_agent_id\":\"ag_2\",\"next_agent_name\":\"Weather\","
              + T
              + "}",
          "tool.execution.started",
          "{\"type\":\"tool.execution.started\",\"output_index\":1,\"id\":\"te_1\","
              + "\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"name\":\"web_search\",\"arguments\":\"{\\\"query\\\":\","
              + T
              + "}",
          "tool.execution.delta",
          "{\"type\":\"tool.execution.delta\",\"output_index\":1,\"id\":\"te_1\","
              + "\"name\":\"web_search\",\"arguments\":\"\\\"Paris weather\\\"}\","
              + T
              + "}",
          "tool.execution.done",
          "{\"type\":\"tool.execution.done\",\"output_index\":1,\"id\":\"te_1\","
              + "\"name\":\"web_search\",\"info\":{\"results\":2},"
              + T
              + "}",
          "message.output.delta",
          "{\"type\":\"message.output.delta\",\"output_index\":2,\"id\":\"msg_1\","
              + "\"content_index\":0,\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"role\":\"assistant\",\"content\":\"It is \","
              + T
              + "}",
          "message.output.delta",
          "{\"type\":\"message.output.delta\",\"output_index\":2,\"id\":\"msg_1\","
              + "\"content_index\":0,\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"role\":\"assistant\",\"content\":\"sunny — 21 °C\","
              + T
              + "}",
          "conversation.response.thinking",
          "{\"type\":\"conversation.response.thinking\",\"seconds\":1}",
          "message.output.delta",
          "{\"type\":\"message.output.delta\",\"output_index\":2,\"id\":\"msg_1\","
              + "\"content_index\":1,\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"role\":\"assistant\",\"content\":{\"type\":\"tool_reference\","
              + "\"tool\":\"web_search\",\"title\":\"Météo\",\"url\":\"https://example.com/w\"},"
              + T
              + "}",
          "function.call.delta",
          "{\"type\":\"function.call.delta\",\"output_index\":3,\"id\":\"fc_1\","
              + "\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"name\":\"get_forecast\",\"tool_call_id\":\"call_1\","
              + "\"arguments\":\"{\\\"city\\\":\","
              + T
              + "}",
          "function.call.delta",
          "{\"type\":\"function.call.delta\",\"output_index\":3,\"id\":\"fc_1\","
              + "\"model\":\"mistral-medium-latest\",\"agent_id\":\"ag_2\","
              + "\"name\":\"get_forecast\",\"tool_call_id\":\"call_1\","
              + "\"arguments\":\"\\\"Paris\\\"}\","
              + T
              + "}",
          "conversation.response.done",
          "{\"type\":\"conversation.response.done\",\"usage\":{\"prompt_tokens\":12,"
              + "\"completion_tokens\":20,\"total_tokens\":32,\"connector_tokens\":5,"
              + "\"connectors\":{\"web_search\":1}},"
              + T
              + "}");

  /** The same exchange answered whole. */
  static final String SAME_EXCHANGE_WHOLE =
      """
      {"object":"conversation.response","conversation_id":"conv_1","outputs":[
        {"object":"entry","type":"agent.handoff","id":"ho_9","created_at":"2025-05-01T10:00:00Z",
         "completed_at":"2025-05-01T10:00:01Z","previous_agent_id":"ag_1",
         "previous_agent_name":"Router","next_agent_id":"ag_2","next_agent_name":"Weather"},
        {"object":"entry","type":"tool.execution","id":"te_9","name":"web_search",
         "arguments":"{\\"query\\":\\"Paris weather\\"}","info":{"results":2},
         "model":"mistral-medium-latest","agent_id":"ag_2"},
        {"object":"entry","type":"message.output","id":"msg_9","role":"assistant",
         "model":"mistral-medium-latest","agent_id":"ag_2",
         "content":[{"type":"text","text":"It is sunny — 21 °C"},
                    {"type":"tool_reference","tool":"web_search","title":"Météo",
                     "url":"https://example.com/w"}]},
        {"object":"entry","type":"function.call","id":"fc_9","tool_call_id":"call_1",
         "name":"get_forecast","arguments":"{\\"city\\":\\"Paris\\"}",
         "model":"mistral-medium-latest","agent_id":"ag_2"}],
       "usage":{"prompt_tokens":12,"completion_tokens":20,"total_tokens":32,
                "connector_tokens":5,"connectors":{"web_search":1}}}
      """;

  private final MistralClient client = server.client();
  private final ReactiveBetaConversationsApi conversations =
      client.reactive().beta().conversations();

  private static ConversationRequest request() {
    return ConversationRequest.builder().agentId("ag_1").inputs("Weather in Paris?").build();
  }

  @Test
  void readsEveryEventTypeInOrderFromSmallNetworkChunks() {
    server.stubFor(post("/v1/conversations").willReturn(events(EVERY_EVENT)));

    List<ConversationEvent> events =
        conversations.startStream(request()).collectList().block(Duration.ofSeconds(20));

    assertThat(events)
        .hasExactlyElementsOfTypes(
            ResponseStartedEvent.class,
            AgentHandoffStartedEvent.class,
            AgentHandoffDoneEvent.class,
            ToolExecutionStartedEvent.class,
            ToolExecutionDeltaEvent.class,
            ToolExecutionDoneEvent.class,
            MessageOutputEvent.class,
            MessageOutputEvent.class,
            UnknownEvent.class,
            MessageOutputEvent.class,
            FunctionCallEvent.class,
            FunctionCallEvent.class,
            ResponseDoneEvent.class);
    assertThat(((MessageOutputEvent) events.get(7)).content().text()).isEqualTo("sunny — 21 °C");
    assertThat(((UnknownEvent) events.get(8)).type()).isEqualTo("conversation.response.thinking");
    assertThat(((UnknownEvent) events.get(8)).properties()).containsEntry("seconds", 1);
    assertThat(((ResponseDoneEvent) events.get(12)).usage().totalTokens()).isEqualTo(32);
  }

  @Test
  void theAccumulatedStreamEqualsTheWholeResponseOfTheSameExchange() {
    server.stubFor(post("/v1/conversations").willReturn(events(EVERY_EVENT)));
    ConversationResponse folded =
        ConversationAccumulator.accumulate(conversations.startStream(request()))
            .block(Duration.ofSeconds(20));
    server.resetAll();
    server.stubFor(post("/v1/conversations").willReturn(json(SAME_EXCHANGE_WHOLE)));
    ConversationResponse whole = conversations.start(request()).block(Duration.ofSeconds(20));

    assertThat(withoutIdsAndTimes(folded)).isEqualTo(withoutIdsAndTimes(whole));
    assertThat(folded.outputs())
        .extracting(entry -> entry.type())
        .containsExactly("agent.handoff", "tool.execution", "message.output", "function.call");
    assertThat(folded.functionCalls().get(0).argumentsNode().get("city").asString())
        .isEqualTo("Paris");
    assertThat(folded.usage()).isEqualTo(whole.usage());
    assertThat(folded.conversationId()).isEqualTo("conv_1");
  }

  @Test
  void anErrorEventFailsTheStreamWithItsMessageAndCodeAfterTheEventsBeforeIt() {
    String body =
        sse(
            "conversation.response.started",
            "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"}",
            "message.output.delta",
            "{\"type\":\"message.output.delta\",\"id\":\"msg_1\",\"content\":\"Hel\"}",
            "conversation.response.error",
            "{\"type\":\"conversation.response.error\",\"message\":\"Tool web_search failed\","
                + "\"code\":3001,"
                + T
                + "}");
    server.stubFor(post("/v1/conversations").willReturn(events(body)));

    List<ConversationEvent> seen = new ArrayList<>();
    StepVerifier.create(conversations.startStream(request()).doOnNext(seen::add))
        .expectNextCount(2)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ConversationStreamException.class);
              ConversationStreamException failure = (ConversationStreamException) error;
              assertThat(failure.errorMessage()).isEqualTo("Tool web_search failed");
              assertThat(failure.code()).isEqualTo(3001);
              assertThat(failure.getMessage()).contains("Tool web_search failed", "3001");
              assertThat(failure.rawEvent()).contains("\"code\":3001");
            })
        .verify(Duration.ofSeconds(20));
    assertThat(seen)
        .hasExactlyElementsOfTypes(ResponseStartedEvent.class, MessageOutputEvent.class);
  }

  @Test
  void aStreamCutBeforeTheDoneEventFails() {
    String body =
        sse(
            "conversation.response.started",
            "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"}",
            "message.output.delta",
            "{\"type\":\"message.output.delta\",\"id\":\"msg_1\",\"content\":\"Hel\"}");
    server.stubFor(post("/v1/conversations").willReturn(events(body)));

    assertThatThrownBy(
            () ->
                ConversationAccumulator.accumulate(conversations.startStream(request()))
                    .block(Duration.ofSeconds(20)))
        .isExactlyInstanceOf(MistralStreamException.class)
        .hasMessageContaining("conversation.response.done")
        .hasMessageContaining("after 2 events");
  }

  @Test
  void aStreamThatEndsWithDoneMarkerAfterTheDoneEventCompletes() {
    String body =
        sse(
                "conversation.response.done",
                "{\"type\":\"conversation.response.done\",\"usage\":{\"total_tokens\":1}}")
            + "data: [DONE]\n\n";
    server.stubFor(post("/v1/conversations").willReturn(events(body)));

    StepVerifier.create(conversations.startStream(request())).expectNextCount(1).verifyComplete();
  }
}
