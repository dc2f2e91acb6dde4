package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.FunctionDefinition;
import io.github.mistralspring.client.model.ImageUrlChunk;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.SystemMessage;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolChoiceMode;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.model.UserMessage;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Chat completions over HTTP against an in-process WireMock server. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class ChatCompletionsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  @Test
  void sendsTheExactJsonOfARichRequestWithTheKeyAndTheClientsUserAgent() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(Fixtures.SIMPLE_RESPONSE)));

    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("mistral-large-latest")
            .addMessage(SystemMessage.of("Be brief."))
            .addMessage(
                UserMessage.of(
                    TextChunk.of("What is in this picture?"),
                    ImageUrlChunk.of("https://example.com/cat.png")))
            .addMessage(
                AssistantMessage.ofToolCalls(
                    List.of(ToolCall.of("call_1", "lookup", "{\"q\":\"cat\"}"))))
            .addMessage(ToolMessage.of("call_1", "lookup", "a cat"))
            .addTool(
                Tool.function(
                    new FunctionDefinition(
                        "lookup",
                        "Looks a word up",
                        true,
                        Map.of("type", "object", "properties", Map.of()))))
            .toolChoice(ToolChoiceMode.ANY)
            .parallelToolCalls(false)
            .responseFormat(ResponseFormat.jsonObject())
            .temperature(0.2)
            .topP(0.9)
            .maxTokens(256)
            .stop(List.of("END"))
            .randomSeed(42L)
            .n(1)
            .presencePenalty(0.1)
            .frequencyPenalty(0.3)
            .prediction(Prediction.content("A cat"))
            .promptMode(PromptMode.REASONING)
            .reasoningEffort(ReasoningEffort.HIGH)
            .promptCacheKey("cache-1")
            .safePrompt(true)
            .extraBody("experimental_flag", true)
            .build();

    client.chat().complete(request);

    JsonNode sent =
        MistralJson.mapper()
            .readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
    JsonNode expected =
        MistralJson.mapper()
            .readTree(
                """
                {
                  "model": "mistral-large-latest",
                  "temperature": 0.2,
                  "top_p": 0.9,
                  "max_tokens": 256,
                  "stream": false,
                  "stop": ["END"],
                  "random_seed": 42,
                  "messages": [
                    {"role": "system", "content": "Be brief."},
                    {"role": "user", "content": [
                      {"type": "text", "text": "What is in this picture?"},
                      {"type": "image_url", "image_url": "https://example.com/cat.png"}
                    ]},
                    {"role": "assistant", "tool_calls": [
                      {"id": "call_1", "type": "function",
                       "function": {"name": "lookup", "arguments": "{\\"q\\":\\"cat\\"}"}}
                    ]},
                    {"role": "tool", "content": "a cat", "tool_call_id": "call_1", "name": "lookup"}
                  ],
                  "response_format": {"type": "json_object"},
                  "tools": [{"type": "function", "function": {
                    "name": "lookup", "description": "Looks a word up", "strict": true,
                    "parameters": {"type": "object", "properties": {}}}}],
                  "tool_choice": "any",
                  "presence_penalty": 0.1,
                  "frequency_penalty": 0.3,
                  "n": 1,
                  "prediction": {"type": "content", "content": "A cat"},
                  "parallel_tool_calls": false,
                  "prompt_mode": "reasoning",
                  "reasoning_effort": "high",
                  "prompt_cache_key": "cache-1",
                  "safe_prompt": true,
                  "experimental_flag": true
                }
                """);
    assertThat(sent).isEqualTo(expected);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Content-Type", equalTo("application/json"))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader(
                "User-Agent",
                com.github.tomakehurst.wiremock.client.WireMock.matching(
                    "mistral-spring/.+ Java/.+")));
  }

  @Test
  void mapsANonStreamingResponse() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(Fixtures.SIMPLE_RESPONSE)));

    ChatCompletionResponse response = client.chat().complete(Fixtures.simpleRequest());

    assertThat(response.id()).isEqualTo("cmpl-1");
    assertThat(response.model()).isEqualTo("mistral-small-latest");
    assertThat(response.firstContent()).isEqualTo("Paris is the capital of France.");
    assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.usage().promptTokens()).isEqualTo(12);
    assertThat(response.usage().completionTokens()).isEqualTo(8);
    assertThat(response.usage().totalTokens()).isEqualTo(20);
  }

  @Test
  void streamsChunksUntilDoneAndSetsTheStreamFlag() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(Fixtures.textStream("Hello", ", ", "world", "!"))));

    List<CompletionChunk> chunks;
    try (Stream<CompletionChunk> stream = client.chat().stream(Fixtures.simpleRequest())) {
      chunks = stream.collect(Collectors.toList());
    }

    assertThat(chunks).hasSize(5);
    assertThat(chunks.stream().map(CompletionChunk::deltaText).collect(Collectors.joining()))
        .isEqualTo("Hello, world!");
    ChatCompletionResponse folded = ChatCompletionAccumulator.accumulate(chunks);
    assertThat(folded.firstContent()).isEqualTo("Hello, world!");
    assertThat(folded.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(folded.usage().totalTokens()).isEqualTo(14);
    JsonNode sent =
        MistralJson.mapper()
            .readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
    assertThat(sent.get("stream").asBoolean()).isTrue();
    server.verify(
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Accept", equalTo("text/event-stream")));
  }

  @Test
  void readsAStreamSplitAcrossManySmallNetworkChunks() {
    String body = Fixtures.textStream("One", " two", " three", " four", " five", " six");
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(body)
                    // Roughly one network chunk per 8 bytes: events and lines split anywhere.
                    .withChunkedDribbleDelay(body.length() / 8, 300)));

    ChatCompletionResponse folded =
        client.reactive().chat().stream(Fixtures.simpleRequest())
            .collect(ChatCompletionAccumulator::new, ChatCompletionAccumulator::accept)
            .map(ChatCompletionAccumulator::toResponse)
            .block(Duration.ofSeconds(10));

    assertThat(folded.firstContent()).isEqualTo("One two three four five six");
  }

  @Test
  void mergesToolCallArgumentsThatArriveInPieces() {
    String body =
        Fixtures.sse(
            "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}",
            "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"call_a\",\"index\":0,\"function\":{\"name\":\"get_weather\",\"arguments\":\"{\\\"ci\"}}]},\"finish_reason\":null}]}",
            "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"\",\"arguments\":\"ty\\\":\\\"Pa\"}}]},\"finish_reason\":null}]}",
            "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"\",\"arguments\":\"ris\\\"}\"}}]},\"finish_reason\":\"tool_calls\"}],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":7,\"total_tokens\":12}}");
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));

    ChatCompletionResponse folded = client.chat().streamAndAccumulate(Fixtures.simpleRequest());

    ToolCall call = folded.firstMessage().toolCalls().get(0);
    assertThat(call.id()).isEqualTo("call_a");
    assertThat(call.function().name()).isEqualTo("get_weather");
    assertThat(call.function().argumentsAsString()).isEqualTo("{\"city\":\"Paris\"}");
    assertThat(folded.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
    assertThat(folded.usage().totalTokens()).isEqualTo(12);
  }

  @Test
  void sendsTheDefaultModelWhenTheRequestNamesNoneAndAnswersAOneLinePrompt() {
    server.stubFor(post("/v1/chat/completions").willReturn(json(Fixtures.SIMPLE_RESPONSE)));

    try (MistralClient withDefault =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .defaultChatModel("mistral-tiny-default")
            .build()) {
      String answer = withDefault.chat().complete("What is the capital of France?");

      assertThat(answer).isEqualTo("Paris is the capital of France.");
    }
    JsonNode sent =
        MistralJson.mapper()
            .readTree(server.getAllServeEvents().get(0).getRequest().getBodyAsString());
    assertThat(sent.get("model").asString()).isEqualTo("mistral-tiny-default");
    assertThat(sent.get("messages").get(0).get("content").asString())
        .isEqualTo("What is the capital of France?");
  }

  @Test
  void failsBeforeSendingWhenNeitherTheRequestNorTheClientNamesAModel() {
    try (MistralClient noDefault =
        MistralClient.builder()
            .apiKey("k")
            .baseUrl(server.baseUrl())
            .defaultChatModel(null)
            .build()) {
      assertThatThrownBy(() -> noDefault.chat().complete("Hello"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mistral.chat.model");
    }
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
