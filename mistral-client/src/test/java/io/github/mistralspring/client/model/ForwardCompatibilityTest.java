package io.github.mistralspring.client.model;

import static io.github.mistralspring.client.model.JsonTrees.assertWritesAs;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Values the API may add later read without error and write back unchanged. */
class ForwardCompatibilityTest {

  private static final JsonMapper JSON = MistralJson.mapper();

  @Test
  void unknownFinishReasonKeepsItsValue() {
    FinishReason reason = JSON.readValue("\"content_filter\"", FinishReason.class);

    assertThat(reason.value()).isEqualTo("content_filter");
    assertThat(JSON.writeValueAsString(reason)).isEqualTo("\"content_filter\"");
    assertThat(JSON.readValue("\"tool_calls\"", FinishReason.class))
        .isEqualTo(FinishReason.TOOL_CALLS);
  }

  @Test
  void unknownChunkTypeKeepsEveryProperty() {
    JsonNode json =
        tree(
            """
            [{"type": "text", "text": "see"},
             {"type": "video_url", "video_url": {"url": "https://x/v.mp4", "fps": 2}, "start": 1.5}]
            """);

    List<ContentChunk> chunks = JSON.treeToValue(json, new TypeReference<List<ContentChunk>>() {});

    assertThat(chunks.get(0)).isEqualTo(TextChunk.of("see"));
    UnknownChunk unknown = (UnknownChunk) chunks.get(1);
    assertThat(unknown.type()).isEqualTo("video_url");
    assertThat(unknown.properties()).containsKeys("video_url", "start");
    assertWritesAs(chunks, json);
  }

  @Test
  void chunkWithoutTypeReadsAsUnknown() {
    ContentChunk chunk = JSON.readValue("{\"text\": \"no type\"}", ContentChunk.class);

    assertThat(chunk).isInstanceOf(UnknownChunk.class);
    assertThat(chunk.type()).isNull();
  }

  @Test
  void unknownMessageRoleKeepsEveryProperty() {
    JsonNode json =
        tree(
            """
            [{"role": "user", "content": "hi"},
             {"role": "developer", "content": [{"type": "text", "text": "be brief"}], "weight": 2}]
            """);

    List<ChatMessage> messages = JSON.treeToValue(json, new TypeReference<List<ChatMessage>>() {});

    assertThat(messages.get(0)).isEqualTo(UserMessage.of("hi"));
    UnknownMessage unknown = (UnknownMessage) messages.get(1);
    assertThat(unknown.role()).isEqualTo("developer");
    assertThat(unknown.properties()).containsOnlyKeys("content", "weight");
    assertWritesAs(messages, json);
  }

  @Test
  void unknownToolTypeKeepsItsProperties() {
    JsonNode json =
        tree(
            """
            [{"type": "web_search", "max_results": 3},
             {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
            """);

    List<Tool> tools = JSON.treeToValue(json, new TypeReference<List<Tool>>() {});

    assertThat(tools.get(0).type()).isEqualTo(ToolType.of("web_search"));
    assertThat(tools.get(0).function()).isNull();
    assertThat(tools.get(0).extra()).containsEntry("max_results", 3);
    assertThat(tools.get(1).type()).isEqualTo(ToolType.FUNCTION);
    assertThat(tools.get(1).extra()).isEmpty();
    assertWritesAs(tools, json);
  }

  @Test
  void unknownPropertiesInResponsesAreIgnored() {
    UsageInfo usage =
        JSON.readValue(
            "{\"prompt_tokens\": 1, \"completion_tokens\": 2, \"total_tokens\": 3,"
                + " \"reasoning_tokens\": 7}",
            UsageInfo.class);

    assertThat(usage).isEqualTo(UsageInfo.of(1, 2, 3));
  }

  @Test
  void assistantMessageWithoutRoleStillReads() {
    AssistantMessage message = JSON.readValue("{\"content\": \"ok\"}", AssistantMessage.class);

    assertThat(message.text()).isEqualTo("ok");
  }
}
