package io.github.mistralspring.client.beta;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.beta.conversations.ConversationEntry;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.MessageOutputEntry;
import io.github.mistralspring.client.beta.conversations.UnknownEntry;
import io.github.mistralspring.client.beta.conversations.UnknownEvent;
import io.github.mistralspring.client.beta.tools.AgentTool;
import io.github.mistralspring.client.beta.tools.UnknownTool;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonTrees;
import io.github.mistralspring.client.model.ToolFileChunk;
import org.junit.jupiter.api.Test;

/** Types the client does not know yet read without error and write back unchanged. */
class BetaJsonTest {

  @Test
  void anUnknownEntryTypeReadsAndWritesBackUnchanged() {
    String json = "{\"type\":\"memory.recall\",\"id\":\"e7\",\"note\":{\"k\":[1,2]}}";
    ConversationEntry entry = MistralJson.mapper().readValue(json, ConversationEntry.class);

    assertThat(entry).isInstanceOf(UnknownEntry.class);
    assertThat(entry.type()).isEqualTo("memory.recall");
    assertThat(entry.id()).isEqualTo("e7");
    JsonTrees.assertWritesAs(entry, JsonTrees.tree(json));
  }

  @Test
  void anUnknownEventTypeReadsAndWritesBackUnchanged() {
    String json = "{\"type\":\"conversation.response.paused\",\"seconds\":3}";
    ConversationEvent event = MistralJson.mapper().readValue(json, ConversationEvent.class);

    assertThat(event).isInstanceOf(UnknownEvent.class);
    assertThat(event.type()).isEqualTo("conversation.response.paused");
    JsonTrees.assertWritesAs(event, JsonTrees.tree(json));
  }

  @Test
  void anUnknownToolTypeReadsAndWritesBackUnchanged() {
    String json = "{\"type\":\"teleporter\",\"range_km\":12}";
    AgentTool tool = MistralJson.mapper().readValue(json, AgentTool.class);

    assertThat(tool).isInstanceOf(UnknownTool.class);
    assertThat(tool.type()).isEqualTo("teleporter");
    JsonTrees.assertWritesAs(tool, JsonTrees.tree(json));
  }

  @Test
  void anOutputWithAToolFileChunkReadsItAsATypedChunk() {
    String json =
        "{\"type\":\"message.output\",\"role\":\"assistant\",\"content\":[{\"type\":\"tool_file\","
            + "\"tool\":\"image_generation\",\"file_id\":\"f1\",\"file_name\":\"cat.png\"}]}";
    MessageOutputEntry entry =
        (MessageOutputEntry) MistralJson.mapper().readValue(json, ConversationEntry.class);

    assertThat(entry.content().chunks())
        .singleElement()
        .isEqualTo(new ToolFileChunk("image_generation", "f1", "cat.png", null));
    JsonTrees.assertWritesAs(entry, JsonTrees.tree(json));
  }
}
