package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentAlias;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Agent versions, aliases and the cursor-paged listing through the client, against the simulator.
 */
class MockMistralAgentVersionsTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;
  private BetaAgentsApi agents;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
    agents = client.beta().agents();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private Agent agentWithThreeVersions() {
    Agent agent =
        agents.create(
            AgentRequest.builder()
                .model("mistral-medium-latest")
                .name("helper")
                .instructions("v0")
                .build());
    agents.update(agent.id(), AgentUpdateRequest.builder().instructions("v1").build());
    agents.update(agent.id(), AgentUpdateRequest.builder().instructions("v2").build());
    return agent;
  }

  @Test
  void versionsAppearOnUpdateAndEachCanBeRetrieved() {
    Agent agent = agentWithThreeVersions();

    Page<Agent> versions = agents.versions().list(agent.id());

    assertThat(versions.data()).extracting(Agent::version).containsExactly(2, 1, 0);
    assertThat(versions.data()).extracting(Agent::instructions).containsExactly("v2", "v1", "v0");
    assertThat(agents.versions().retrieve(agent.id(), 1).instructions()).isEqualTo("v1");
    try (Stream<Agent> all = agents.versions().listAll(agent.id(), 1)) {
      assertThat(all).extracting(Agent::version).containsExactly(2, 1, 0);
    }
    assertThatThrownBy(() -> agents.versions().retrieve(agent.id(), 7))
        .isInstanceOf(MistralNotFoundException.class)
        .hasMessageContaining("no version 7");
  }

  @Test
  void aliasesPointAtVersionsAndRetrieveByAliasFollowsThem() {
    Agent agent = agentWithThreeVersions();

    AgentAlias production = agents.aliases().update(agent.id(), "production", 1);
    agents.aliases().update(agent.id(), "canary", 2);

    assertThat(production.version()).isEqualTo(1);
    assertThat(production.createdAt()).isNotNull();
    assertThat(agents.retrieve(agent.id(), "production").instructions()).isEqualTo("v1");
    assertThat(agents.aliases().list(agent.id()))
        .extracting(AgentAlias::alias, AgentAlias::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("canary", 2),
            org.assertj.core.groups.Tuple.tuple("production", 1));

    agents.aliases().update(agent.id(), "production", 0);
    assertThat(agents.retrieve(agent.id(), "production").instructions()).isEqualTo("v0");

    agents.aliases().delete(agent.id(), "production");
    assertThat(agents.aliases().list(agent.id()))
        .extracting(AgentAlias::alias)
        .containsExactly("canary");
    assertThatThrownBy(() -> agents.retrieve(agent.id(), "production"))
        .isInstanceOf(MistralNotFoundException.class);
    assertThatThrownBy(() -> agents.aliases().delete(agent.id(), "production"))
        .isInstanceOf(MistralNotFoundException.class);
    assertThatThrownBy(() -> agents.aliases().update(agent.id(), "later", 9))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void listsEveryAgentByCursorOnBothFaces() {
    List<String> ids =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    agents
                        .create(
                            AgentRequest.builder()
                                .model("mistral-medium-latest")
                                .name("agent-" + i)
                                .build())
                        .id())
            .toList();

    Page<Agent> first = agents.listPage(null, 2);
    assertThat(first.data()).hasSize(2);
    assertThat(first.nextPageToken()).isNotBlank();
    Page<Agent> last =
        agents.listPage(agents.listPage(first.nextPageToken(), 2).nextPageToken(), 2);
    assertThat(last.data()).hasSize(1);
    assertThat(last.nextPageToken()).isNull();

    try (Stream<Agent> all = agents.listAll(2)) {
      assertThat(all).extracting(Agent::id).containsExactlyInAnyOrderElementsOf(ids);
    }
    assertThat(
            client
                .reactive()
                .beta()
                .agents()
                .listAll(2)
                .map(Agent::id)
                .collectList()
                .block(Duration.ofSeconds(10)))
        .containsExactlyInAnyOrderElementsOf(ids);
  }
}
