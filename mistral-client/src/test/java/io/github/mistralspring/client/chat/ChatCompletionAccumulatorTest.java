package io.github.mistralspring.client.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolType;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Folding stream chunks gives the response a non-streaming request would have returned. */
class ChatCompletionAccumulatorTest {

  private static CompletionChunk chunk(String choicesJson) {
    return chunk(choicesJson, null);
  }

  private static CompletionChunk chunk(String choicesJson, String usageJson) {
    String json =
        "{\"id\": \"c1\", \"object\": \"chat.completion.chunk\", \"created\": 1700000000,"
            + " \"model\": \"mistral-small-latest\", \"choices\": "
            + choicesJson
            + (usageJson == null ? "" : ", \"usage\": " + usageJson)
            + "}";
    return MistralJson.mapper().readValue(json, CompletionChunk.class);
  }

  @Test
  void joinsTextAcrossChunksAndKeepsFinishReasonAndUsage() {
    ChatCompletionResponse response =
        ChatCompletionAccumulator.accumulate(
            List.of(
                chunk("[{\"index\": 0, \"delta\": {\"role\": \"assistant\", \"content\": \"\"}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"content\": \"Hel\"}, \"finish_reason\": null}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"content\": [{\"type\": \"text\", \"text\": \"lo\"}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"content\": \"!\"}, \"finish_reason\": \"length\"}]",
                    "{\"prompt_tokens\": 3, \"completion_tokens\": 4, \"total_tokens\": 7}")));

    assertThat(response.firstContent()).isEqualTo("Hello!");
    assertThat(response.firstMessage().content().isString()).isTrue();
    assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(response.usage()).isEqualTo(UsageInfo.of(3, 4, 7));
    assertThat(response.id()).isEqualTo("c1");
    assertThat(response.object()).isEqualTo("chat.completion");
    assertThat(response.created()).isEqualTo(1700000000L);
  }

  @Test
  void mergesToolCallArgumentsSplitAcrossChunks() {
    ChatCompletionResponse response =
        Stream.of(
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"id\": \"call_1\", \"index\": 0,"
                        + " \"function\": {\"name\": \"get_weather\", \"arguments\": \"\"}}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"index\": 0,"
                        + " \"function\": {\"name\": \"\", \"arguments\": \"{\\\"ci\"}}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"index\": 0,"
                        + " \"function\": {\"arguments\": \"ty\\\": \\\"Par\"}}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"index\": 0,"
                        + " \"function\": {\"arguments\": \"is\\\"}\"}}]},"
                        + " \"finish_reason\": \"tool_calls\"}]"))
            .collect(ChatCompletionAccumulator.collector());

    AssistantMessage message = response.firstMessage();
    assertThat(message.toolCalls()).hasSize(1);
    ToolCall call = message.toolCalls().get(0);
    assertThat(call.id()).isEqualTo("call_1");
    assertThat(call.function().name()).isEqualTo("get_weather");
    assertThat(call.function().argumentsAsString()).isEqualTo("{\"city\": \"Paris\"}");
    assertThat(message.content()).isNull();
    assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void keepsParallelToolCallsApartByIndex() {
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    accumulator.accept(
        chunk(
            "[{\"index\": 0, \"delta\": {\"content\": \"\", \"tool_calls\": ["
                + "{\"id\": \"a\", \"type\": \"function\", \"index\": 0,"
                + " \"function\": {\"name\": \"f\", \"arguments\": \"{\\\"x\\\"\"}},"
                + "{\"id\": \"b\", \"type\": \"function\", \"index\": 1,"
                + " \"function\": {\"name\": \"g\", \"arguments\": \"{\"}}]}}]"));
    accumulator.accept(
        chunk(
            "[{\"index\": 0, \"delta\": {\"tool_calls\": ["
                + "{\"index\": 1, \"function\": {\"arguments\": \"}\"}},"
                + "{\"index\": 0, \"function\": {\"arguments\": \": 1}\"}}]}}]"));

    List<ToolCall> calls = accumulator.toResponse().firstMessage().toolCalls();

    assertThat(calls).extracting(ToolCall::id).containsExactly("a", "b");
    assertThat(calls).extracting(ToolCall::index).containsExactly(0, 1);
    assertThat(calls).extracting(ToolCall::type).containsOnly(ToolType.FUNCTION);
    assertThat(calls.get(0).function().argumentsAsString()).isEqualTo("{\"x\": 1}");
    assertThat(calls.get(1).function().argumentsAsString()).isEqualTo("{}");
    assertThat(accumulator.toResponse().firstContent()).isEmpty();
  }

  @Test
  void toolCallsWithTheSameIndexButDifferentIdsStayApart() {
    ChatCompletionResponse response =
        ChatCompletionAccumulator.accumulate(
            List.of(
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"id\": \"a\", \"index\": 0,"
                        + " \"function\": {\"name\": \"f\", \"arguments\": \"{}\"}}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"tool_calls\": [{\"id\": \"b\", \"index\": 0,"
                        + " \"function\": {\"name\": \"g\", \"arguments\": \"{}\"}}]}}]")));

    assertThat(response.firstMessage().toolCalls())
        .extracting(ToolCall::id)
        .containsExactly("a", "b");
  }

  @Test
  void keepsChoicesApartAndPutsThinkingBeforeText() {
    ChatCompletionResponse response =
        ChatCompletionAccumulator.accumulate(
            List.of(
                chunk(
                    "[{\"index\": 1, \"delta\": {\"content\": \"B\"}},"
                        + " {\"index\": 0, \"delta\": {\"content\": [{\"type\": \"thinking\","
                        + " \"thinking\": [{\"type\": \"text\", \"text\": \"let me \"}]}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"content\": [{\"type\": \"thinking\","
                        + " \"thinking\": [{\"type\": \"text\", \"text\": \"think\"}]}]}}]"),
                chunk(
                    "[{\"index\": 0, \"delta\": {\"content\": \"A\"}, \"finish_reason\": \"stop\"},"
                        + " {\"index\": 1, \"delta\": {\"content\": \"\"}, \"finish_reason\": \"stop\"}]")));

    assertThat(response.choices()).extracting(ChatCompletionChoice::index).containsExactly(0, 1);
    AssistantMessage first = response.choices().get(0).message();
    assertThat(first.content().chunks())
        .extracting(c -> c.type())
        .containsExactly("thinking", "text");
    assertThat(first.content().thinking()).isEqualTo("let me think");
    assertThat(first.text()).isEqualTo("A");
    assertThat(response.choices().get(1).message().content().isString()).isTrue();
    assertThat(response.choices().get(1).message().text()).isEqualTo("B");
    assertThat(response.usage()).isNull();
  }
}
