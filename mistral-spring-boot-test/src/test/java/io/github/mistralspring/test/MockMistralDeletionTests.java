package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.error.MistralNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Deleting agents and conversations through the client, against the simulator. */
class MockMistralDeletionTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  @Test
  void aDeletedAgentIsGone() {
    Agent agent =
        client
            .beta()
            .agents()
            .create(AgentRequest.builder().model("mistral-medium-latest").name("helper").build());

    client.beta().agents().delete(agent.id());

    assertThatThrownBy(() -> client.beta().agents().retrieve(agent.id()))
        .isInstanceOf(MistralNotFoundException.class);
    assertThatThrownBy(() -> client.beta().agents().delete(agent.id()))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void aDeletedConversationIsGone() {
    ConversationResponse started =
        client
            .beta()
            .conversations()
            .start(
                ConversationRequest.builder().model("mistral-medium-latest").inputs("Hi").build());

    client.beta().conversations().delete(started.conversationId());

    assertThatThrownBy(() -> client.beta().conversations().retrieve(started.conversationId()))
        .isInstanceOf(MistralNotFoundException.class);
  }
}
