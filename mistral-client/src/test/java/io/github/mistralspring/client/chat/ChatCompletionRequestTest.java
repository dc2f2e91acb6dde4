package io.github.mistralspring.client.chat;

import static io.github.mistralspring.client.model.JsonTrees.assertWritesAs;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.model.JsonTrees.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.GuardrailConfig;
import io.github.mistralspring.client.model.ImageUrlChunk;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolChoice;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.model.UserMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Building, copying and round-tripping chat requests. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class ChatCompletionRequestTest {

  @Test
  void builderWritesEveryFieldUnderItsApiName() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("mistral-small-latest")
            .temperature(0.3)
            .topP(0.9)
            .maxTokens(256)
            .stop(List.of("\n\n"))
            .randomSeed(42L)
            .metadata(Map.of("team", "docs"))
            .addSystemMessage("Be brief.")
            .addUserMessage("Weather in Paris?")
            .addMessage(
                AssistantMessage.ofToolCalls(
                    List.of(ToolCall.of("call_1", "get_weather", "{\"city\": \"Paris\"}"))))
            .addMessage(ToolMessage.of("call_1", "get_weather", "Sunny"))
            .addMessage(
                UserMessage.of(TextChunk.of("And this?"), ImageUrlChunk.of("https://x/a.png")))
            .addAssistantMessage("It is")
            .responseFormat(ResponseFormat.jsonObject())
            .addTool(
                Tool.function(
                    "get_weather",
                    "Gets the weather.",
                    Map.of("type", "object", "properties", Map.of())))
            .toolChoice(ToolChoice.function("get_weather"))
            .presencePenalty(0.5)
            .frequencyPenalty(0.25)
            .n(1)
            .prediction(Prediction.content("Sunny"))
            .parallelToolCalls(true)
            .promptMode(PromptMode.REASONING)
            .reasoningEffort(ReasoningEffort.HIGH)
            .guardrails(List.of(new GuardrailConfig(true, Map.of("action", "block"), null)))
            .promptCacheKey("session-1")
            .safePrompt(false)
            .extraBody("new_knob", "on")
            .build();

    JsonNode expected =
        tree(
            """
            {
              "model": "mistral-small-latest",
              "temperature": 0.3,
              "top_p": 0.9,
              "max_tokens": 256,
              "stop": ["\\n\\n"],
              "random_seed": 42,
              "metadata": {"team": "docs"},
              "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "Weather in Paris?"},
                {"role": "assistant", "tool_calls": [{"id": "call_1", "type": "function",
                  "function": {"name": "get_weather", "arguments": "{\\"city\\": \\"Paris\\"}"}}]},
                {"role": "tool", "content": "Sunny", "tool_call_id": "call_1", "name": "get_weather"},
                {"role": "user", "content": [{"type": "text", "text": "And this?"},
                  {"type": "image_url", "image_url": "https://x/a.png"}]},
                {"role": "assistant", "content": "It is"}
              ],
              "response_format": {"type": "json_object"},
              "tools": [{"type": "function", "function": {"name": "get_weather",
                "description": "Gets the weather.",
                "parameters": {"type": "object", "properties": {}}}}],
              "tool_choice": {"type": "function", "function": {"name": "get_weather"}},
              "presence_penalty": 0.5,
              "frequency_penalty": 0.25,
              "n": 1,
              "prediction": {"type": "content", "content": "Sunny"},
              "parallel_tool_calls": true,
              "prompt_mode": "reasoning",
              "reasoning_effort": "high",
              "guardrails": [{"block_on_error": true, "moderation_llm_v1": {"action": "block"}}],
              "prompt_cache_key": "session-1",
              "safe_prompt": false,
              "new_knob": "on"
            }
            """);
    // Exact equality: the builder's Java values are the same number types the expected JSON has.
    assertThat(written(request)).isEqualTo(expected);
  }

  @Test
  void buildWithoutModelLeavesItForTheClientsDefault() {
    ChatCompletionRequest request = ChatCompletionRequest.builder().addUserMessage("hi").build();

    assertThat(request.model()).isNull();
    assertThat(written(request).has("model")).isFalse();
  }

  @Test
  void buildWithoutMessagesNamesTheMissingField() {
    assertThatThrownBy(() -> ChatCompletionRequest.builder().model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ChatCompletionRequest.messages is required");
  }

  @Test
  void unsetFieldsAreLeftOut() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder().model("m").addUserMessage("hi").build();

    assertThat(written(request))
        .isEqualTo(
            tree("{\"model\": \"m\", \"messages\": [{\"role\": \"user\", \"content\": \"hi\"}]}"));
  }

  @Test
  void toBuilderCopiesEverythingAndLeavesTheOriginalAlone() {
    ChatCompletionRequest original =
        ChatCompletionRequest.builder()
            .model("m")
            .addUserMessage("hi")
            .stop("END")
            .extraBody("x", 1)
            .build();

    ChatCompletionRequest longer = original.toBuilder().addUserMessage("again").build();

    assertThat(original.messages()).hasSize(1);
    assertThat(longer.messages()).hasSize(2);
    assertThat(longer.extraBody()).containsEntry("x", 1);
    assertThat(written(longer).get("stop").asString()).isEqualTo("END");
  }

  @Test
  void extraBodyCanSendAnExplicitNull() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("m")
            .addUserMessage("hi")
            .extraBody("x", null)
            .build();

    assertThat(written(request).get("x").isNull()).isTrue();
  }

  @Test
  void unknownTopLevelFieldsAndValuesRoundTrip() {
    JsonNode json =
        tree(
            """
            {"model": "m", "messages": [{"role": "user", "content": "hi"}],
             "reasoning_effort": "medium", "prompt_mode": "deep", "tool_choice": "sometimes",
             "stop": "END", "tools": [{"type": "code_interpreter"}],
             "future_flag": true, "future_object": {"a": [1, 2]}}
            """);

    ChatCompletionRequest request =
        MistralJson.mapper().treeToValue(json, ChatCompletionRequest.class);

    assertThat(request.extraBody()).containsOnlyKeys("future_flag", "future_object");
    assertThat(request.reasoningEffort()).isEqualTo(ReasoningEffort.of("medium"));
    assertWritesAs(request, json);
  }
}
