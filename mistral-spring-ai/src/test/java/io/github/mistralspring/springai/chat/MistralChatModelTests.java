package io.github.mistralspring.springai.chat;

import static io.github.mistralspring.springai.Simulators.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockMistralServer;
import io.github.mistralspring.test.MockResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.content.Media;
import org.springframework.util.MimeTypeUtils;
import tools.jackson.databind.JsonNode;

/** What {@link MistralChatModel} sends and what it makes of the answers. */
class MistralChatModelTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static final String THINKING_COMPLETION =
      """
      {"id":"think-1","object":"chat.completion","created":1764296393,"model":"magistral-medium-2509",
       "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","tool_calls":null,
         "content":[{"type":"thinking","thinking":[{"type":"text","text":"The user wants a number."}]},
                    {"type":"text","text":"Forty-two."}]}}],
       "usage":{"prompt_tokens":253,"completion_tokens":12,"total_tokens":265,
                "prompt_tokens_details":{"cached_tokens":192}}}
      """;

  private MistralClient client;
  private MistralChatModel model;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
    model =
        MistralChatModel.builder()
            .mistralClient(client)
            .defaultOptions(
                MistralChatOptions.builder().model("mistral-small-latest").temperature(0.3).build())
            .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private MockMistralServer server() {
    return mistral.server();
  }

  private static String chunk(String delta, String finishReason, String usage) {
    return "{\"id\":\"s-1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"magistral-medium-2509\",\"choices\":[{\"index\":0,\"delta\":"
        + delta
        + ",\"finish_reason\":"
        + (finishReason == null ? "null" : "\"" + finishReason + "\"")
        + "}]"
        + (usage == null ? "" : ",\"usage\":" + usage)
        + "}";
  }

  @Test
  void thinkingIsMetadataAndNeverPartOfTheText() {
    server().enqueue(MockResponse.json(200, THINKING_COMPLETION).forPath("/v1/chat/completions"));

    ChatResponse response = model.call(new Prompt("Pick a number"));

    AssistantMessage message = response.getResult().getOutput();
    assertThat(message.getText()).isEqualTo("Forty-two.");
    assertThat(message.getMetadata())
        .containsEntry(MistralChatMetadata.THINKING, "The user wants a number.");
  }

  @Test
  void thinkingInAStreamIsMetadataAndChatClientReadsTheAnswerOnly() {
    server()
        .enqueue(
            MockResponse.sse(
                    chunk("{\"role\":\"assistant\",\"content\":\"\"}", null, null),
                    chunk(
                        "{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"Okay,\"}]}]}",
                        null,
                        null),
                    chunk(
                        "{\"content\":[{\"type\":\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\" a number.\"}]}]}",
                        null,
                        null),
                    chunk("{\"content\":\"Forty\"}", null, null),
                    chunk(
                        "{\"content\":\"-two.\"}",
                        "stop",
                        "{\"prompt_tokens\":20,\"completion_tokens\":9,\"total_tokens\":29}"),
                    "[DONE]")
                .forPath("/v1/chat/completions"));

    List<ChatResponse> responses =
        model.stream(new Prompt("Pick a number")).collectList().block(TIMEOUT);

    StringBuilder text = new StringBuilder();
    StringBuilder deltas = new StringBuilder();
    for (ChatResponse response : responses) {
      AssistantMessage message = response.getResult().getOutput();
      text.append(message.getText());
      Object delta = message.getMetadata().get(MistralChatMetadata.THINKING_DELTA);
      if (delta != null) {
        deltas.append(delta);
      }
    }
    assertThat(text.toString()).isEqualTo("Forty-two.");
    assertThat(deltas.toString()).isEqualTo("Okay, a number.");
    ChatResponse last = responses.get(responses.size() - 1);
    assertThat(last.getResult().getOutput().getMetadata())
        .containsEntry(MistralChatMetadata.THINKING, "Okay, a number.");
    assertThat(last.getResult().getMetadata().getFinishReason()).isEqualTo("STOP");
    assertThat(last.getMetadata().getUsage().getTotalTokens()).isEqualTo(29);
  }

  @Test
  void usageCarriesTheCachedTokensAndTheFinishReasonIsReported() {
    server().enqueue(MockResponse.json(200, THINKING_COMPLETION).forPath("/v1/chat/completions"));

    ChatResponse response = model.call(new Prompt("Pick a number"));

    assertThat(response.getMetadata().getId()).isEqualTo("think-1");
    assertThat(response.getMetadata().getModel()).isEqualTo("magistral-medium-2509");
    assertThat(response.getMetadata().getUsage().getPromptTokens()).isEqualTo(253);
    assertThat(response.getMetadata().getUsage().getCompletionTokens()).isEqualTo(12);
    assertThat(response.getMetadata().getUsage().getTotalTokens()).isEqualTo(265);
    assertThat(response.getMetadata().getUsage().getCacheReadInputTokens()).isEqualTo(192L);
    assertThat(response.getResult().getMetadata().getFinishReason()).isEqualTo("STOP");
  }

  @Test
  void aToolCallWhoseArgumentsArriveInPiecesIsGivenOnceAndWhole() {
    server()
        .enqueue(
            MockResponse.sse(
                    chunk("{\"role\":\"assistant\",\"content\":\"\"}", null, null),
                    chunk(
                        "{\"tool_calls\":[{\"id\":\"Ab3dE6gH9\",\"type\":\"function\",\"index\":0,"
                            + "\"function\":{\"name\":\"currentTemperature\",\"arguments\":\"{\\\"ci\"}}]}",
                        null,
                        null),
                    chunk(
                        "{\"tool_calls\":[{\"index\":0,\"function\":{\"arguments\":\"ty\\\":\\\"Oslo\\\"}\"}}]}",
                        "tool_calls",
                        "{\"prompt_tokens\":20,\"completion_tokens\":9,\"total_tokens\":29}"),
                    "[DONE]")
                .forPath("/v1/chat/completions"));

    List<ChatResponse> responses =
        model.stream(new Prompt("Weather?")).collectList().block(TIMEOUT);

    List<AssistantMessage.ToolCall> calls =
        responses.stream()
            .flatMap(response -> response.getResults().stream())
            .map(Generation::getOutput)
            .flatMap(message -> message.getToolCalls().stream())
            .toList();
    assertThat(calls)
        .containsExactly(
            new AssistantMessage.ToolCall(
                "Ab3dE6gH9", "function", "currentTemperature", "{\"city\":\"Oslo\"}"));
    ChatResponse last = responses.get(responses.size() - 1);
    assertThat(last.hasToolCalls()).isTrue();
    assertThat(last.getResult().getMetadata().getFinishReason()).isEqualTo("TOOL_CALLS");
  }

  @Test
  void toolCallIdsMistralWouldRefuseAreReplacedConsistently() {
    List<Message> history =
        List.of(
            new UserMessage("Weather in Oslo?"),
            AssistantMessage.builder()
                .content("")
                .toolCalls(
                    List.of(
                        new AssistantMessage.ToolCall(
                            "call_9f8e7d6c5b4a", "function", "weather", "{\"city\":\"Oslo\"}"),
                        new AssistantMessage.ToolCall(
                            "Ab3dE6gH9", "function", "weather", "{\"city\":\"Bergen\"}")))
                .build(),
            ToolResponseMessage.builder()
                .responses(
                    List.of(
                        new ToolResponseMessage.ToolResponse("call_9f8e7d6c5b4a", "weather", "3C"),
                        new ToolResponseMessage.ToolResponse("Ab3dE6gH9", "weather", "5C")))
                .build());
    server().enqueue(MockResponse.answer("Cold in both."));

    model.call(new Prompt(history));

    JsonNode messages = server().takeRequest().bodyJson().path("messages");
    String replaced = messages.get(1).path("tool_calls").get(0).path("id").asString();
    assertThat(replaced).matches("[A-Za-z0-9]{9}");
    assertThat(messages.get(1).path("tool_calls").get(1).path("id").asString())
        .isEqualTo("Ab3dE6gH9");
    assertThat(messages.get(2).path("tool_call_id").asString()).isEqualTo(replaced);
    assertThat(messages.get(2).path("name").asString()).isEqualTo("weather");
    assertThat(messages.get(3).path("tool_call_id").asString()).isEqualTo("Ab3dE6gH9");
  }

  @Test
  void imagesAndDocumentsGoAsChunksBesideTheText() {
    server().enqueue(MockResponse.answer("A cat on a report."));
    UserMessage user =
        UserMessage.builder()
            .text("What do you see?")
            .media(
                new Media(
                    MimeTypeUtils.IMAGE_PNG,
                    new org.springframework.core.io.ByteArrayResource(new byte[] {1, 2, 3})),
                Media.builder()
                    .mimeType(Media.Format.DOC_PDF)
                    .data(java.net.URI.create("https://example.com/report.pdf"))
                    .build())
            .build();

    model.call(new Prompt(user));

    JsonNode content = server().takeRequest().bodyJson().path("messages").get(0).path("content");
    assertThat(content).hasSize(3);
    assertThat(content.get(0).path("type").asString()).isEqualTo("text");
    assertThat(content.get(0).path("text").asString()).isEqualTo("What do you see?");
    assertThat(content.get(1).path("type").asString()).isEqualTo("image_url");
    assertThat(content.get(1).path("image_url").asString()).isEqualTo("data:image/png;base64,AQID");
    assertThat(content.get(2).path("type").asString()).isEqualTo("document_url");
    assertThat(content.get(2).path("document_url").asString())
        .isEqualTo("https://example.com/report.pdf");
  }

  @Test
  void mistralOptionsAreSentUnderTheirWireNames() {
    server().enqueue(MockResponse.answer("ok"));
    MistralChatOptions options =
        MistralChatOptions.builder()
            .model("magistral-small-latest")
            .maxTokens(64)
            .topP(0.9)
            .stopSequences(List.of("END"))
            .presencePenalty(0.1)
            .frequencyPenalty(0.2)
            .randomSeed(42L)
            .safePrompt(true)
            .toolChoice("none")
            .parallelToolCalls(false)
            .reasoningEffort("high")
            .promptMode("reasoning")
            .promptCacheKey("cache-1")
            .build();

    model.call(new Prompt("Hi", options));

    JsonNode body = server().takeRequest().bodyJson();
    assertThat(body.path("model").asString()).isEqualTo("magistral-small-latest");
    assertThat(body.path("max_tokens").asInt()).isEqualTo(64);
    assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
    assertThat(body.path("stop").get(0).asString()).isEqualTo("END");
    assertThat(body.path("presence_penalty").asDouble()).isEqualTo(0.1);
    assertThat(body.path("frequency_penalty").asDouble()).isEqualTo(0.2);
    assertThat(body.path("random_seed").asLong()).isEqualTo(42L);
    assertThat(body.path("safe_prompt").asBoolean()).isTrue();
    assertThat(body.path("tool_choice").asString()).isEqualTo("none");
    assertThat(body.path("parallel_tool_calls").asBoolean()).isFalse();
    assertThat(body.path("reasoning_effort").asString()).isEqualTo("high");
    assertThat(body.path("prompt_mode").asString()).isEqualTo("reasoning");
    assertThat(body.path("prompt_cache_key").asString()).isEqualTo("cache-1");
    // Mistral options are the whole options of the call: the default temperature is not added.
    assertThat(body.has("temperature")).isFalse();
  }

  @Test
  void aToolChoiceThatIsNoModeForcesThatFunction() {
    server().enqueue(MockResponse.answer("ok"));

    model.call(new Prompt("Hi", MistralChatOptions.builder().toolChoice("weather").build()));

    JsonNode choice = server().takeRequest().bodyJson().path("tool_choice");
    assertThat(choice.path("type").asString()).isEqualTo("function");
    assertThat(choice.path("function").path("name").asString()).isEqualTo("weather");
  }

  @Test
  void portableOptionsAreLaidOverTheDefaults() {
    server().enqueue(MockResponse.answer("ok"), MockResponse.answer("ok"));

    model.call(new Prompt("Hi", ChatOptions.builder().maxTokens(10).build()));
    model.call(new Prompt("Hi"));

    JsonNode portable = server().takeRequest().bodyJson();
    assertThat(portable.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(portable.path("temperature").asDouble()).isEqualTo(0.3);
    assertThat(portable.path("max_tokens").asInt()).isEqualTo(10);
    JsonNode defaults = server().takeRequest().bodyJson();
    assertThat(defaults.path("temperature").asDouble()).isEqualTo(0.3);
    assertThat(defaults.has("max_tokens")).isFalse();
  }

  @Test
  void mistralOptionsWithoutAModelUseTheDefaultModel() {
    server().enqueue(MockResponse.answer("ok"));

    model.call(new Prompt("Hi", MistralChatOptions.builder().maxTokens(5).build()));

    assertThat(server().takeRequest().bodyJson().path("model").asString())
        .isEqualTo("mistral-small-latest");
  }

  @Test
  void topKFailsBeforeAnythingIsSentAndSaysWhatToDo() {
    Prompt prompt = new Prompt("Hi", ChatOptions.builder().topK(40).build());

    assertThatThrownBy(() -> model.call(prompt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("topK=40")
        .hasMessageContaining("leave topK unset");
    assertThat(server().requestCount()).isZero();
  }

  @Test
  void chatClientOptionsOverrideTheDefaultsForOneCall() {
    server().enqueue(MockResponse.answer("ok"));

    ChatClient.create(model)
        .prompt("Hi")
        .options(MistralChatOptions.builder().temperature(0.9).randomSeed(7L))
        .call()
        .content();

    JsonNode body = server().takeRequest().bodyJson();
    assertThat(body.path("model").asString()).isEqualTo("mistral-small-latest");
    assertThat(body.path("temperature").asDouble()).isEqualTo(0.9);
    assertThat(body.path("random_seed").asLong()).isEqualTo(7L);
  }

  @Test
  void anInvalidToolSchemaFailsWithTheToolsName() {
    var tool =
        org.springframework.ai.tool.function.FunctionToolCallback.builder(
                "broken", (String input) -> input)
            .inputType(String.class)
            .inputSchema("not json")
            .description("A tool with a broken schema")
            .build();

    assertThatThrownBy(
            () ->
                model.call(
                    new Prompt("Hi", MistralChatOptions.builder().toolCallbacks(tool).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tool broken");
    assertThat(server().requestCount()).isZero();
  }
}
