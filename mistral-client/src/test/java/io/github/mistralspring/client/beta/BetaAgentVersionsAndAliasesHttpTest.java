package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentAlias;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.error.MistralUnprocessableEntityException;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The versions and aliases of beta agents ({@code /v1/agents/{id}/versions|aliases}). */
class BetaAgentVersionsAndAliasesHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String VERSIONS = "/v1/agents/ag_1/versions";
  private static final String ALIASES = "/v1/agents/ag_1/aliases";

  private static String agentAt(int version) {
    return """
        {"object":"agent","id":"ag_1","name":"Weather","model":"mistral-medium-latest",
         "version":%d,"versions":[0,1,2],"created_at":"2025-05-01T10:00:00Z",
         "updated_at":"2025-05-02T11:00:00Z","instructions":"v%d"}
        """
        .formatted(version, version);
  }

  private static final String ALIAS =
      """
      {"alias":"production","version":1,"created_at":"2026-07-01T10:00:00Z",
       "updated_at":"2026-07-02T10:00:00Z"}
      """;

  private final MistralClient client = server.client();
  private final BetaAgentsApi agents = client.beta().agents();

  @Test
  void listsVersionsWithPageAndPageSize() {
    server.stubFor(
        get(urlPathEqualTo(VERSIONS)).willReturn(json("[" + agentAt(2) + "," + agentAt(1) + "]")));

    Page<Agent> page = agents.versions().list("ag_1", 1, 2);

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo(VERSIONS + "?page=1&page_size=2");
    assertThat(page.data()).extracting(Agent::version).containsExactly(2, 1);
    assertThat(page.data()).extracting(Agent::instructions).containsExactly("v2", "v1");
    assertThat(page.total()).isNull();
  }

  @Test
  void listsTheFirstPageOfVersionsWithNoQuery() {
    server.stubFor(get(urlPathEqualTo(VERSIONS)).willReturn(json("[]")));

    assertThat(agents.versions().list("ag_1").data()).isEmpty();

    assertThat(server.onlyRequest().getUrl()).isEqualTo(VERSIONS);
  }

  @Test
  void listsAllVersionsPageByPageOnBothFacesTellingPagesApartByVersion() {
    server.stubFor(
        get(urlPathEqualTo(VERSIONS))
            .withQueryParam("page", equalTo("0"))
            .willReturn(json("[" + agentAt(2) + "]")));
    server.stubFor(
        get(urlPathEqualTo(VERSIONS))
            .withQueryParam("page", equalTo("1"))
            .willReturn(json("[" + agentAt(1) + "]")));
    server.stubFor(
        get(urlPathEqualTo(VERSIONS)).withQueryParam("page", equalTo("2")).willReturn(json("[]")));

    // All items share the agent's id: a listing that told pages apart by id would stop at one.
    try (Stream<Agent> all = agents.versions().listAll("ag_1", 1)) {
      assertThat(all).extracting(Agent::version).containsExactly(2, 1);
    }
    ReactiveBetaAgentsApi reactive = client.reactive().beta().agents();
    assertThat(
            reactive
                .versions()
                .listAll("ag_1", 1)
                .map(Agent::version)
                .collectList()
                .block(Duration.ofSeconds(10)))
        .containsExactly(2, 1);
  }

  @Test
  void retrievesOneVersionByItsPath() {
    server.stubFor(get(VERSIONS + "/1").willReturn(json(agentAt(1))));

    Agent agent = agents.versions().retrieve("ag_1", 1);

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo(VERSIONS + "/1");
    assertThat(agent.version()).isEqualTo(1);
    assertThat(agent.instructions()).isEqualTo("v1");
  }

  @Test
  void aMissingVersionIsNotFound() {
    server.stubFor(
        get(VERSIONS + "/9")
            .willReturn(json("{\"detail\":\"Agent version not found\"}").withStatus(404)));

    assertThatThrownBy(() -> agents.versions().retrieve("ag_1", 9))
        .isInstanceOf(MistralNotFoundException.class)
        .hasMessageContaining("Agent version not found");
  }

  @Test
  void pointsAnAliasAtAVersionWithAPutAndQueryParameters() {
    server.stubFor(put(urlPathEqualTo(ALIASES)).willReturn(json(ALIAS)));

    AgentAlias alias = agents.aliases().update("ag_1", "production", 1);

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("PUT");
    assertThat(request.getUrl()).isEqualTo(ALIASES + "?alias=production&version=1");
    assertThat(request.getBodyAsString()).isEmpty();
    assertThat(alias.alias()).isEqualTo("production");
    assertThat(alias.version()).isEqualTo(1);
    assertThat(alias.createdAt()).isEqualTo(OffsetDateTime.parse("2026-07-01T10:00:00Z"));
    assertThat(alias.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-07-02T10:00:00Z"));
  }

  @Test
  void listsAliasesOnBothFaces() {
    server.stubFor(
        get(ALIASES)
            .willReturn(json("[" + ALIAS + "," + ALIAS.replace("production", "canary") + "]")));

    List<AgentAlias> aliases = agents.aliases().list("ag_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo(ALIASES);
    assertThat(aliases).extracting(AgentAlias::alias).containsExactly("production", "canary");
    assertThat(
            client.reactive().beta().agents().aliases().list("ag_1").block(Duration.ofSeconds(10)))
        .extracting(AgentAlias::version)
        .containsExactly(1, 1);
  }

  @Test
  void deletesAnAliasWithADeleteAndAQueryParameter() {
    server.stubFor(delete(urlPathEqualTo(ALIASES)).willReturn(aResponse().withStatus(204)));

    agents.aliases().delete("ag_1", "production");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("DELETE");
    assertThat(request.getUrl()).isEqualTo(ALIASES + "?alias=production");
  }

  @Test
  void anAliasTheApiRefusesIsUnprocessable() {
    server.stubFor(
        put(urlPathEqualTo(ALIASES))
            .willReturn(
                json("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"query\",\"version\"],"
                        + "\"msg\":\"No version 7\"}]}")
                    .withStatus(422)));

    assertThatThrownBy(() -> agents.aliases().update("ag_1", "production", 7))
        .isInstanceOf(MistralUnprocessableEntityException.class)
        .hasMessageContaining("No version 7");
  }

  @Test
  void refusesAnAliasOutsideTheApiRuleBeforeSendingOnBothFaces() {
    assertThatThrownBy(() -> agents.aliases().update("ag_1", "Production", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("alias must be 1 to 64 characters")
        .hasMessageContaining("Production");
    assertThatThrownBy(() -> agents.aliases().delete("ag_1", "ends-"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> agents.aliases().update("ag_1", "a".repeat(65), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.reactive().beta().agents().aliases().update("ag_1", "x y", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> agents.aliases().update("ag_1", null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("alias");
    assertThatThrownBy(() -> agents.aliases().update("ag_1", "production", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version must be 0 or more");
    assertThatThrownBy(() -> agents.versions().retrieve(" ", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agentId");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void theSubGroupsCarryTheOptionsOfTheGroupTheyCameFrom() {
    server.stubFor(get(ALIASES).willReturn(json("[]")));

    agents.withOptions(o -> o.header("X-Gateway", "g1")).aliases().list("ag_1");

    assertThat(server.onlyRequest().getHeader("X-Gateway")).isEqualTo("g1");
  }
}
