package io.github.mistralspring.client.beta.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/**
 * Lists and maps on what the Conversations API answers are never null: a JSON answer without them
 * reads as empty.
 */
class AbsentConversationListsTest {

  @Test
  void anAgentConversationWithoutToolsGuardrailsOrMetadataReadsAsEmpty() {
    Conversation conversation =
        MistralJson.mapper()
            .readValue(
                "{\"object\":\"conversation\",\"id\":\"conv_1\",\"agent_id\":\"ag_1\"}",
                Conversation.class);

    assertThat(conversation.tools()).isEmpty();
    assertThat(conversation.guardrails()).isEmpty();
    assertThat(conversation.metadata()).isEmpty();
  }

  @Test
  void aResponseWithoutGuardrailsAndUsageWithoutConnectorsReadAsEmpty() {
    ConversationResponse response =
        MistralJson.mapper()
            .readValue(
                "{\"object\":\"conversation.response\",\"conversation_id\":\"conv_1\","
                    + "\"outputs\":[],\"usage\":{\"total_tokens\":3}}",
                ConversationResponse.class);

    assertThat(response.guardrails()).isEmpty();
    assertThat(response.usage().connectors()).isEmpty();
  }

  @Test
  void aToolExecutionEntryWithoutInfoReadsAsEmpty() {
    ToolExecutionEntry entry =
        MistralJson.mapper()
            .readValue(
                "{\"type\":\"tool.execution\",\"name\":\"web_search\",\"arguments\":\"{}\"}",
                ToolExecutionEntry.class);

    assertThat(entry.info()).isEmpty();
  }
}
