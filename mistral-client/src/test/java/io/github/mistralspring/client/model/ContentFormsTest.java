package io.github.mistralspring.client.model;

import static io.github.mistralspring.client.model.JsonTrees.assertWritesAs;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Values the API accepts in two shapes are written back in the shape they came in. */
class ContentFormsTest {

  private static final JsonMapper JSON = MistralJson.mapper();

  @Test
  void stringContentStaysAString() {
    JsonNode json = tree("{\"role\": \"user\", \"content\": \"hello\"}");

    ChatMessage message = JSON.treeToValue(json, ChatMessage.class);

    assertThat(((UserMessage) message).content()).isEqualTo(new TextContent("hello"));
    assertThat(((UserMessage) message).content().chunks()).containsExactly(TextChunk.of("hello"));
    assertWritesAs(message, json);
  }

  @Test
  void chunkContentStaysAListAndItsTextSkipsThinking() {
    JsonNode json =
        tree(
            """
            {"role": "assistant", "content": [
              {"type": "thinking", "thinking": [{"type": "text", "text": "hmm"}], "closed": true},
              {"type": "text", "text": "4"},
              {"type": "text", "text": "2"}]}
            """);

    AssistantMessage message = JSON.treeToValue(json, AssistantMessage.class);

    assertThat(message.content().isString()).isFalse();
    assertThat(message.text()).isEqualTo("42");
    assertThat(message.content().thinking()).isEqualTo("hmm");
    assertWritesAs(message, json);
  }

  @Test
  void emptyChunkListStaysAnEmptyList() {
    JsonNode json = tree("{\"role\": \"assistant\", \"content\": [], \"prefix\": false}");

    assertWritesAs(JSON.treeToValue(json, ChatMessage.class), json);
  }

  @Test
  void imageUrlKeepsItsForm() {
    JsonNode json =
        tree(
            """
            [{"type": "image_url", "image_url": "https://x/a.png"},
             {"type": "image_url", "image_url": {"url": "https://x/b.png", "detail": "high"}},
             {"type": "image_url", "image_url": {"url": "https://x/c.png"}}]
            """);

    MessageContent content = JSON.treeToValue(json, MessageContent.class);

    assertThat(content.chunks().get(0)).isEqualTo(ImageUrlChunk.of("https://x/a.png"));
    assertThat(content.chunks().get(1))
        .isEqualTo(new ImageUrlChunk(ImageUrl.of("https://x/b.png", "high")));
    assertWritesAs(content, json);
  }

  @Test
  void everyKnownChunkTypeRoundTrips() {
    JsonNode json =
        tree(
            """
            [{"type": "document_url", "document_url": "https://x/d.pdf", "document_name": "d"},
             {"type": "reference", "reference_ids": [1, 2]},
             {"type": "file", "file_id": "5b1c5a4e-2f6e-4d1a-9a4b-0e6c1f0d3b21"},
             {"type": "input_audio", "input_audio": "UklGRg=="},
             {"type": "thinking", "thinking": [
               {"type": "tool_reference", "tool": "web_search", "title": "T", "url": "https://t"}]}]
            """);

    MessageContent content = JSON.treeToValue(json, MessageContent.class);

    assertThat(content.chunks())
        .extracting(ContentChunk::getClass)
        .containsExactly(
            DocumentUrlChunk.class,
            ReferenceChunk.class,
            FileChunk.class,
            AudioChunk.class,
            ThinkChunk.class);
    assertThat(((ThinkChunk) content.chunks().get(4)).thinking().get(0))
        .isInstanceOf(ToolReferenceChunk.class);
    assertWritesAs(content, json);
  }

  @Test
  void toolChoiceReadsAndWritesBothForms() {
    ToolChoice mode = JSON.readValue("\"any\"", ToolChoice.class);
    JsonNode named = tree("{\"type\": \"function\", \"function\": {\"name\": \"get_weather\"}}");

    assertThat(mode).isEqualTo(ToolChoiceMode.ANY);
    assertThat(JSON.writeValueAsString(mode)).isEqualTo("\"any\"");
    ToolChoice function = JSON.treeToValue(named, ToolChoice.class);
    assertThat(function).isEqualTo(ToolChoice.function("get_weather"));
    assertWritesAs(function, named);
  }

  @Test
  void functionArgumentsKeepTheirForm() {
    FunctionCall asString =
        JSON.readValue("{\"name\": \"f\", \"arguments\": \"{\\\"a\\\": 1}\"}", FunctionCall.class);
    JsonNode objectJson = tree("{\"name\": \"f\", \"arguments\": {\"a\": 1}}");
    FunctionCall asObject = JSON.treeToValue(objectJson, FunctionCall.class);

    assertThat(asString.arguments()).isEqualTo("{\"a\": 1}");
    assertThat(asString.argumentsAsString()).isEqualTo("{\"a\": 1}");
    assertThat(asObject.arguments()).isEqualTo(Map.of("a", 1));
    assertThat(asObject.argumentsAsString()).isEqualTo("{\"a\":1}");
    assertWritesAs(asObject, objectJson);
  }

  @Test
  void stopKeepsItsForm() {
    assertThat(JSON.writeValueAsString(JSON.readValue("\"END\"", Stop.class))).isEqualTo("\"END\"");
    assertThat(JSON.writeValueAsString(JSON.readValue("[\"END\"]", Stop.class)))
        .isEqualTo("[\"END\"]");
    assertThat(Stop.of(List.of("a", "b")).sequences()).containsExactly("a", "b");
    assertThatThrownBy(() -> new Stop(List.of("a", "b"), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usageReadsEveryCachedTokenField() {
    UsageInfo usage =
        JSON.readValue(
            """
            {"prompt_tokens": 268, "completion_tokens": 5, "total_tokens": 273,
             "prompt_tokens_details": {"cached_tokens": 224}, "prompt_audio_seconds": 3}
            """,
            UsageInfo.class);

    assertThat(usage.cachedTokens()).isEqualTo(224);
    assertThat(usage.promptAudioSeconds()).isEqualTo(3);
    assertThat(JSON.readValue("{\"num_cached_tokens\": 7}", UsageInfo.class).cachedTokens())
        .isEqualTo(7);
    assertThat(
            JSON.readValue("{\"prompt_token_details\": {\"cached_tokens\": 9}}", UsageInfo.class)
                .cachedTokens())
        .isEqualTo(9);
  }
}
