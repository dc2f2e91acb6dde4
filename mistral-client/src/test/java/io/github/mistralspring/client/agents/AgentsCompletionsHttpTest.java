package io.github.mistralspring.client.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolChoiceMode;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Agents completions over HTTP against an in-process WireMock server. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class AgentsCompletionsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String RESPONSE =
      """
      {"id":"cf79f7daaee244b1a0ae5c7b1444424a","object":"chat.completion",
       "model":"mistral-medium-latest",
       "usage":{"prompt_tokens":24,"completion_tokens":27,"total_tokens":51},
       "created":1759500534,
       "choices":[{"index":0,
                   "message":{"content":"Arrr, Claude Monet be the finest, savvy?",
                              "tool_calls":null,"prefix":false,"role":"assistant"},
                   "finish_reason":"stop"}]}
      """;

  private final MistralClient client = server.client();
  private final AgentsApi agents = client.agents();
  private final ReactiveAgentsApi reactiveAgents = client.reactive().agents();

  @Test
  void sendsTheExactJsonOfAFullRequestWithTheKey() {
    server.stubFor(post("/v1/agents/completions").willReturn(json(RESPONSE)));

    agents.complete(
        AgentsCompletionRequest.builder()
            .agentId("ag_0123")
            .addUserMessage("Who is the best French painter?")
            .maxTokens(100)
            .stop("END")
            .randomSeed(3L)
            .metadata(Map.of("user", "u1"))
            .responseFormat(ResponseFormat.jsonObject())
            .addTool(
                Tool.function(
                    "lookup",
                    "Looks a painter up",
                    Map.of("type", "object", "properties", Map.of())))
            .toolChoice(ToolChoiceMode.AUTO)
            .presencePenalty(0.5)
            .frequencyPenalty(-0.5)
            .n(2)
            .prediction(Prediction.content("Monet"))
            .parallelToolCalls(true)
            .promptMode(PromptMode.REASONING)
            .reasoningEffort(ReasoningEffort.NONE)
            .promptCacheKey("conv-9")
            .extraBody("new_option", List.of(1, 2))
            .build());

    JsonNode expected =
        tree(
            """
            {
              "max_tokens": 100,
              "stream": false,
              "stop": "END",
              "random_seed": 3,
              "metadata": {"user": "u1"},
              "messages": [{"role": "user", "content": "Who is the best French painter?"}],
              "response_format": {"type": "json_object"},
              "tools": [{"type": "function", "function": {
                "name": "lookup", "description": "Looks a painter up",
                "parameters": {"type": "object", "properties": {}}}}],
              "tool_choice": "auto",
              "presence_penalty": 0.5,
              "frequency_penalty": -0.5,
              "n": 2,
              "prediction": {"type": "content", "content": "Monet"},
              "parallel_tool_calls": true,
              "prompt_mode": "reasoning",
              "reasoning_effort": "none",
              "prompt_cache_key": "conv-9",
              "agent_id": "ag_0123",
              "new_option": [1, 2]
            }
            """);
    assertThat(server.lastRequestBody()).isEqualTo(expected);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/agents/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void mapsTheResponse() {
    server.stubFor(post("/v1/agents/completions").willReturn(json(RESPONSE)));

    ChatCompletionResponse response = agents.complete(request());

    assertThat(response.id()).isEqualTo("cf79f7daaee244b1a0ae5c7b1444424a");
    assertThat(response.model()).isEqualTo("mistral-medium-latest");
    assertThat(response.created()).isEqualTo(1759500534L);
    assertThat(response.firstContent()).isEqualTo("Arrr, Claude Monet be the finest, savvy?");
    assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.usage().totalTokens()).isEqualTo(51);
  }

  @Test
  void streamsChunksUntilDoneAndFoldsThemWithToolCalls() {
    server.stubFor(
        post("/v1/agents/completions")
            .willReturn(
                eventStream(
                    sse(
                        "{\"id\":\"a1\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"role\":\"assistant\",\"content\":\"Let me \"},"
                            + "\"finish_reason\":null}]}",
                        "{\"id\":\"a1\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"content\":\"check.\"},\"finish_reason\":null}]}",
                        "{\"id\":\"a1\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"tool_calls\":[{\"id\":\"call_1\",\"index\":0,"
                            + "\"function\":{\"name\":\"lookup\",\"arguments\":\"{\\\"q\\\":\"}}]},"
                            + "\"finish_reason\":null}]}",
                        "{\"id\":\"a1\",\"model\":\"mistral-medium-latest\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"tool_calls\":[{\"index\":0,"
                            + "\"function\":{\"name\":\"\",\"arguments\":\"\\\"Monet\\\"}\"}}]},"
                            + "\"finish_reason\":\"tool_calls\"}],"
                            + "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":6,"
                            + "\"total_tokens\":11}}"))));

    List<CompletionChunk> chunks;
    try (Stream<CompletionChunk> stream = agents.stream(request())) {
      chunks = stream.toList();
    }

    assertThat(chunks).hasSize(4);
    ChatCompletionResponse folded = ChatCompletionAccumulator.accumulate(chunks);
    assertThat(folded.firstContent()).isEqualTo("Let me check.");
    ToolCall call = folded.firstMessage().toolCalls().get(0);
    assertThat(call.id()).isEqualTo("call_1");
    assertThat(call.function().name()).isEqualTo("lookup");
    assertThat(call.function().argumentsAsString()).isEqualTo("{\"q\":\"Monet\"}");
    assertThat(folded.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(folded.usage().totalTokens()).isEqualTo(11);
    assertThat(server.lastRequestBody())
        .isEqualTo(
            tree(
                """
                {"stream": true,
                 "messages": [{"role": "user", "content": "Hello"}],
                 "agent_id": "ag_0123"}
                """));
    server.verify(
        postRequestedFor(urlEqualTo("/v1/agents/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Accept", equalTo("text/event-stream")));
  }

  @Test
  void streamsReactively() {
    server.stubFor(
        post("/v1/agents/completions")
            .willReturn(
                eventStream(
                    sse(
                        "{\"id\":\"a2\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"role\":\"assistant\",\"content\":\"Bon\"},"
                            + "\"finish_reason\":null}]}",
                        "{\"id\":\"a2\",\"model\":\"m\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"content\":\"jour\"},\"finish_reason\":\"stop\"}]}"))));

    ChatCompletionResponse folded =
        reactiveAgents.stream(request())
            .collect(ChatCompletionAccumulator::new, ChatCompletionAccumulator::accept)
            .map(ChatCompletionAccumulator::toResponse)
            .block(Duration.ofSeconds(10));

    assertThat(folded.firstContent()).isEqualTo("Bonjour");
    assertThat(agents.streamAndAccumulate(request()).firstContent()).isEqualTo("Bonjour");
  }

  @Test
  void requiresTheAgentIdWhenBuilding() {
    assertThatThrownBy(() -> AgentsCompletionRequest.builder().addUserMessage("Hi").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("agent_id");
  }

  @Test
  void requiresMessagesWhenBuilding() {
    assertThatThrownBy(() -> AgentsCompletionRequest.builder().agentId("ag_1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("messages");
  }

  @Test
  void derivesAChangedCopyWithToBuilder() {
    AgentsCompletionRequest original = request();

    AgentsCompletionRequest changed = original.toBuilder().agentId("ag_other").maxTokens(5).build();

    assertThat(changed.agentId()).isEqualTo("ag_other");
    assertThat(changed.messages()).isEqualTo(original.messages());
    assertThat(changed.maxTokens()).isEqualTo(5);
  }

  private static AgentsCompletionRequest request() {
    return AgentsCompletionRequest.builder().agentId("ag_0123").addUserMessage("Hello").build();
  }

  private static String sse(String... data) {
    StringBuilder body = new StringBuilder();
    for (String event : data) {
      body.append("data: ").append(event).append("\n\n");
    }
    return body.append("data: [DONE]\n\n").toString();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder eventStream(
      String body) {
    return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
  }
}
