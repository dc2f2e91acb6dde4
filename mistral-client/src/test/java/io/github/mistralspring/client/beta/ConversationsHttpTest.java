package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBodyWithoutNulls;
import static io.github.mistralspring.client.testsupport.MistralWireMock.events;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.sse;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.BetaConversationsApi;
import io.github.mistralspring.client.beta.conversations.Conversation;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.ConversationHistory;
import io.github.mistralspring.client.beta.conversations.ConversationMessages;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.FunctionCallEntry;
import io.github.mistralspring.client.beta.conversations.FunctionResultEntry;
import io.github.mistralspring.client.beta.conversations.HandoffExecution;
import io.github.mistralspring.client.beta.conversations.MessageInputEntry;
import io.github.mistralspring.client.beta.conversations.MessageOutputEntry;
import io.github.mistralspring.client.beta.conversations.ResponseDoneEvent;
import io.github.mistralspring.client.beta.conversations.ResponseStartedEvent;
import io.github.mistralspring.client.beta.conversations.ToolExecutionEntry;
import io.github.mistralspring.client.beta.tools.CodeInterpreterTool;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.ToolReferenceChunk;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ten operations of the beta Conversations API (seven whole, three streamed) on WireMock. */
class ConversationsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String RESPONSE =
      """
      {"object":"conversation.response","conversation_id":"conv_1",
       "outputs":[
         {"object":"entry","type":"tool.execution","id":"te_1","name":"code_interpreter",
          "arguments":"{\\"code\\":\\"2+2\\"}","info":{"exit":0},
          "created_at":"2025-05-01T10:00:00Z","completed_at":"2025-05-01T10:00:01Z"},
         {"object":"entry","type":"message.output","id":"msg_1","role":"assistant",
          "model":"mistral-medium-latest","agent_id":null,
          "content":[{"type":"text","text":"It is 4."},
                     {"type":"tool_reference","tool":"code_interpreter","title":"Run"}],
          "created_at":"2025-05-01T10:00:01Z","completed_at":"2025-05-01T10:00:02Z"}],
       "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15,
                "connector_tokens":3,"connectors":{"code_interpreter":1}}}
      """;

  static final String CONVERSATION =
      """
      {"object":"conversation","id":"conv_1","model":"mistral-medium-latest",
       "instructions":"Be brief.","tools":[{"type":"code_interpreter"}],
       "created_at":"2025-05-01T10:00:00Z","updated_at":"2025-05-01T10:05:00Z"}
      """;

  static final String AGENT_CONVERSATION =
      """
      {"object":"conversation","id":"conv_2","agent_id":"ag_1","agent_version":3,
       "name":"Trip","created_at":"2025-05-01T10:00:00Z","updated_at":"2025-05-01T10:05:00Z"}
      """;

  static final String STREAM =
      sse(
          "conversation.response.started",
          "{\"type\":\"conversation.response.started\",\"conversation_id\":\"conv_1\"}",
          "message.output.delta",
          "{\"type\":\"message.output.delta\",\"id\":\"msg_1\",\"content\":\"Hi\"}",
          "conversation.response.done",
          "{\"type\":\"conversation.response.done\",\"usage\":{\"prompt_tokens\":1,"
              + "\"completion_tokens\":1,\"total_tokens\":2}}");

  private final MistralClient client = server.client();
  private final BetaConversationsApi conversations = client.beta().conversations();

  @Test
  void startsAConversationWithAModelAndTools() {
    server.stubFor(post("/v1/conversations").willReturn(json(RESPONSE)));

    ConversationResponse response =
        conversations.start(
            ConversationRequest.builder()
                .model("mistral-medium-latest")
                .inputs("What is 2+2?")
                .instructions("Be brief.")
                .addTool(CodeInterpreterTool.of())
                .completionArgs(CompletionArgs.builder().maxTokens(100).build())
                .store(true)
                .name("Maths")
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations");
    assertBodyWithoutNulls(
        request,
        """
        {"model":"mistral-medium-latest","inputs":"What is 2+2?","instructions":"Be brief.",
         "tools":[{"type":"code_interpreter"}],"completion_args":{"max_tokens":100},
         "store":true,"name":"Maths","stream":false}
        """);
    assertThat(response.conversationId()).isEqualTo("conv_1");
    assertThat(response.outputs())
        .hasExactlyElementsOfTypes(ToolExecutionEntry.class, MessageOutputEntry.class);
    ToolExecutionEntry tool = (ToolExecutionEntry) response.outputs().get(0);
    assertThat(tool.name()).isEqualTo("code_interpreter");
    assertThat(tool.arguments()).isEqualTo("{\"code\":\"2+2\"}");
    assertThat(tool.info()).containsEntry("exit", 0);
    MessageOutputEntry message = (MessageOutputEntry) response.outputs().get(1);
    assertThat(message.content().chunks())
        .hasExactlyElementsOfTypes(TextChunk.class, ToolReferenceChunk.class);
    assertThat(response.text()).isEqualTo("It is 4.");
    assertThat(response.usage().totalTokens()).isEqualTo(15);
    assertThat(response.usage().connectors()).containsEntry("code_interpreter", 1);
  }

  @Test
  void startsAConversationWithAnAgentAndEntriesAsInputs() {
    server.stubFor(post("/v1/conversations").willReturn(json(RESPONSE)));

    conversations.start(
        ConversationRequest.builder()
            .agentId("ag_1")
            .agentVersion(2)
            .inputs(MessageInputEntry.user("Plan a trip"), MessageInputEntry.assistant("Where to?"))
            .handoffExecution(HandoffExecution.SERVER)
            .build());

    assertBodyWithoutNulls(
        server.onlyRequest(),
        """
        {"agent_id":"ag_1","agent_version":2,"handoff_execution":"server","stream":false,
         "inputs":[{"type":"message.input","role":"user","content":"Plan a trip"},
                   {"type":"message.input","role":"assistant","content":"Where to?"}]}
        """);
  }

  @Test
  void listsConversationsOfModelsAndAgentsWithPageAndPageSize() {
    server.stubFor(
        get(urlPathEqualTo("/v1/conversations"))
            .willReturn(json("[" + CONVERSATION + "," + AGENT_CONVERSATION + "]")));

    List<Conversation> list = conversations.list(1, 20).data();

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations?page=1&page_size=20");
    assertThat(list).extracting(Conversation::id).containsExactly("conv_1", "conv_2");
    assertThat(list.get(0).model()).isEqualTo("mistral-medium-latest");
    assertThat(list.get(0).tools()).singleElement().isInstanceOf(CodeInterpreterTool.class);
    assertThat(list.get(1).agentId()).isEqualTo("ag_1");
    assertThat(list.get(1).agentVersion()).isEqualTo(3);
  }

  @Test
  void listsAllConversationsPageByPageUntilAnEmptyPage() {
    server.stubFor(
        get(urlPathEqualTo("/v1/conversations"))
            .withQueryParam("page", equalTo("0"))
            .willReturn(json("[" + CONVERSATION + "]")));
    server.stubFor(
        get(urlPathEqualTo("/v1/conversations"))
            .withQueryParam("page", equalTo("1"))
            .willReturn(json("[" + AGENT_CONVERSATION + "]")));
    server.stubFor(
        get(urlPathEqualTo("/v1/conversations"))
            .withQueryParam("page", equalTo("2"))
            .willReturn(json("[]")));

    try (Stream<Conversation> all = conversations.listAll()) {
      assertThat(all).extracting(Conversation::id).containsExactly("conv_1", "conv_2");
    }
    assertThat(server.getAllServeEvents()).hasSize(3);
  }

  @Test
  void getsOneConversation() {
    server.stubFor(get("/v1/conversations/conv_1").willReturn(json(CONVERSATION)));

    Conversation conversation = conversations.retrieve("conv_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1");
    assertThat(conversation.instructions()).isEqualTo("Be brief.");
  }

  @Test
  void appendsToAConversationGivenThePreviousResponse() {
    server.stubFor(post("/v1/conversations/conv_1").willReturn(json(RESPONSE)));
    ConversationResponse previous =
        new ConversationResponse("conversation.response", "conv_1", List.of(), null, null);

    ConversationResponse response = conversations.append(previous, "And 3+3?");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1");
    assertBodyWithoutNulls(request, "{\"inputs\":\"And 3+3?\",\"stream\":false}");
    assertThat(response.text()).isEqualTo("It is 4.");
  }

  @Test
  void readsTheHistoryWithEveryEntryType() {
    server.stubFor(
        get("/v1/conversations/conv_1/history")
            .willReturn(
                json(
                    """
                    {"object":"conversation.history","conversation_id":"conv_1","entries":[
                      {"type":"message.input","id":"e1","role":"user","content":"Hi"},
                      {"type":"agent.handoff","id":"e2","previous_agent_id":"a","previous_agent_name":"A",
                       "next_agent_id":"b","next_agent_name":"B"},
                      {"type":"function.call","id":"e3","tool_call_id":"c1","name":"f",
                       "arguments":{"x":1}},
                      {"type":"function.result","id":"e4","tool_call_id":"c1","result":"2"},
                      {"type":"tool.execution","id":"e5","name":"web_search","arguments":"{}"},
                      {"type":"message.output","id":"e6","role":"assistant",
                       "content":[{"type":"tool_file","tool":"image_generation","file_id":"f1"}]},
                      {"type":"memory.recall","id":"e7","note":"new"}]}
                    """)));

    ConversationHistory history = conversations.history("conv_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1/history");
    assertThat(history.entries())
        .extracting(entry -> entry.type())
        .containsExactly(
            "message.input",
            "agent.handoff",
            "function.call",
            "function.result",
            "tool.execution",
            "message.output",
            "memory.recall");
    assertThat(history.entries())
        .extracting(entry -> entry.id())
        .containsExactly("e1", "e2", "e3", "e4", "e5", "e6", "e7");
    FunctionCallEntry call = (FunctionCallEntry) history.entries().get(2);
    assertThat(call.argumentsJson()).isEqualTo("{\"x\":1}");
    assertThat(call.argumentsNode().get("x").asInt()).isEqualTo(1);
  }

  @Test
  void readsTheMessages() {
    server.stubFor(
        get("/v1/conversations/conv_1/messages")
            .willReturn(
                json(
                    """
                    {"object":"conversation.messages","conversation_id":"conv_1","messages":[
                      {"type":"message.input","id":"e1","role":"user","content":"Hi"},
                      {"type":"message.output","id":"e2","role":"assistant","content":"Hello"}]}
                    """)));

    ConversationMessages messages = conversations.messages("conv_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1/messages");
    assertThat(messages.messages())
        .hasExactlyElementsOfTypes(MessageInputEntry.class, MessageOutputEntry.class);
    assertThat(((MessageOutputEntry) messages.messages().get(1)).text()).isEqualTo("Hello");
  }

  @Test
  void restartsAConversationFromAnEntry() {
    server.stubFor(post("/v1/conversations/conv_1/restart").willReturn(json(RESPONSE)));

    ConversationResponse response =
        conversations.restart(
            "conv_1",
            ConversationRestartRequest.builder()
                .fromEntryId("e2")
                .inputs("Try again")
                .agentVersion("latest")
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1/restart");
    assertBodyWithoutNulls(
        request,
        "{\"from_entry_id\":\"e2\",\"inputs\":\"Try again\",\"agent_version\":\"latest\","
            + "\"stream\":false}");
    assertThat(response.conversationId()).isEqualTo("conv_1");
  }

  @Test
  void streamsAStartWithStreamTrueAndTheEventStreamAcceptHeader() {
    server.stubFor(post("/v1/conversations").willReturn(events(STREAM)));

    List<ConversationEvent> events;
    try (Stream<ConversationEvent> stream =
        conversations.startStream(
            ConversationRequest.builder().model("mistral-small-latest").inputs("Hi").build())) {
      events = stream.toList();
    }

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getUrl()).isEqualTo("/v1/conversations");
    assertThat(request.getHeader("Accept")).isEqualTo("text/event-stream");
    assertBodyWithoutNulls(
        request, "{\"model\":\"mistral-small-latest\",\"inputs\":\"Hi\",\"stream\":true}");
    assertThat(events).hasSize(3);
    assertThat(events.get(0)).isInstanceOf(ResponseStartedEvent.class);
    assertThat(events.get(2)).isInstanceOf(ResponseDoneEvent.class);
  }

  @Test
  void streamsAnAppend() {
    server.stubFor(post("/v1/conversations/conv_1").willReturn(events(STREAM)));

    List<ConversationEvent> events;
    try (Stream<ConversationEvent> stream =
        conversations.appendStream(
            "conv_1",
            ConversationAppendRequest.builder()
                .inputs(FunctionResultEntry.of("call_1", "21"))
                .build())) {
      events = stream.toList();
    }

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1");
    assertBodyWithoutNulls(
        request,
        """
        {"inputs":[{"type":"function.result","tool_call_id":"call_1","result":"21"}],
         "stream":true}
        """);
    assertThat(events).hasSize(3);
  }

  @Test
  void streamsARestart() {
    server.stubFor(post("/v1/conversations/conv_1/restart").willReturn(events(STREAM)));

    List<ConversationEvent> events =
        client
            .reactive()
            .beta()
            .conversations()
            .restartStream(
                "conv_1",
                ConversationRestartRequest.builder().fromEntryId("e1").inputs("Again").build())
            .collectList()
            .block();

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1/restart");
    assertBodyWithoutNulls(
        request, "{\"from_entry_id\":\"e1\",\"inputs\":\"Again\",\"stream\":true}");
    assertThat(events).hasSize(3);
  }
}
