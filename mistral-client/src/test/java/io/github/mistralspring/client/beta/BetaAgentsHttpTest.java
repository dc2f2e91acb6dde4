package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBodyWithoutNulls;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.tools.CompletionArgs;
import io.github.mistralspring.client.beta.tools.DocumentLibraryTool;
import io.github.mistralspring.client.beta.tools.FunctionTool;
import io.github.mistralspring.client.beta.tools.UnknownTool;
import io.github.mistralspring.client.beta.tools.WebSearchTool;
import io.github.mistralspring.client.model.ToolChoiceMode;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The operations of the beta Agents API on agents themselves, against WireMock. */
class BetaAgentsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String AGENT =
      """
      {"object":"agent","id":"ag_1","name":"Weather","model":"mistral-medium-latest",
       "description":"Knows the weather","instructions":"Answer about the weather.",
       "tools":[
         {"type":"function","function":{"name":"get_weather","description":"Weather of a city",
          "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}},
         {"type":"web_search"},
         {"type":"document_library","library_ids":["lib_1"]},
         {"type":"teleporter","range_km":12}],
       "completion_args":{"temperature":0.3,"tool_choice":"auto"},
       "handoffs":["ag_2"],"metadata":{"team":"ops"},"version":2,"versions":[0,1,2],
       "created_at":"2025-05-01T10:00:00Z","updated_at":"2025-05-02T11:00:00.123456Z",
       "deployment_chat":false,"source":"api","version_message":"second"}
      """;

  private final MistralClient client = server.client();
  private final BetaAgentsApi agents = client.beta().agents();

  @Test
  void createsAnAgentWithEveryKindOfToolAndReadsItBack() {
    server.stubFor(post("/v1/agents").willReturn(json(AGENT)));

    Agent agent =
        agents.create(
            AgentRequest.builder()
                .model("mistral-medium-latest")
                .name("Weather")
                .description("Knows the weather")
                .instructions("Answer about the weather.")
                .addTool(
                    FunctionTool.of(
                        "get_weather",
                        "Weather of a city",
                        Map.of(
                            "type",
                            "object",
                            "properties",
                            Map.of("city", Map.of("type", "string")))))
                .addTool(WebSearchTool.of())
                .addTool(DocumentLibraryTool.of("lib_1"))
                .completionArgs(
                    CompletionArgs.builder()
                        .temperature(0.3)
                        .toolChoice(ToolChoiceMode.AUTO)
                        .build())
                .handoffs(List.of("ag_2"))
                .metadata(Map.of("team", "ops"))
                .versionMessage("first")
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/agents");
    assertBodyWithoutNulls(
        request,
        """
        {"model":"mistral-medium-latest","name":"Weather","description":"Knows the weather",
         "instructions":"Answer about the weather.",
         "tools":[
           {"type":"function","function":{"name":"get_weather","description":"Weather of a city",
            "parameters":{"type":"object","properties":{"city":{"type":"string"}}}}},
           {"type":"web_search"},
           {"type":"document_library","library_ids":["lib_1"]}],
         "completion_args":{"temperature":0.3,"tool_choice":"auto"},
         "handoffs":["ag_2"],"metadata":{"team":"ops"},"version_message":"first"}
        """);
    assertThat(agent.id()).isEqualTo("ag_1");
    assertThat(agent.version()).isEqualTo(2);
    assertThat(agent.versions()).containsExactly(0, 1, 2);
    assertThat(agent.createdAt()).isEqualTo(OffsetDateTime.parse("2025-05-01T10:00:00Z"));
    assertThat(agent.tools())
        .hasExactlyElementsOfTypes(
            FunctionTool.class, WebSearchTool.class, DocumentLibraryTool.class, UnknownTool.class);
    assertThat(((FunctionTool) agent.tools().get(0)).function().name()).isEqualTo("get_weather");
    UnknownTool unknown = (UnknownTool) agent.tools().get(3);
    assertThat(unknown.type()).isEqualTo("teleporter");
    assertThat(unknown.properties()).containsEntry("range_km", 12);
    assertThat(agent.completionArgs().toolChoice()).isEqualTo(ToolChoiceMode.AUTO);
    assertThat(agent.deploymentChat()).isFalse();
  }

  @Test
  void listsAgentsWithPageAndPageSize() {
    server.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(json("[" + AGENT + "]")));

    List<Agent> list = agents.list(2, 50).data();

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/agents?page=2&page_size=50");
    assertThat(list).extracting(Agent::id).containsExactly("ag_1");
  }

  @Test
  void listsOnePageByCursorReadingTheNextCursor() {
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .willReturn(
                json("{\"object\":\"list\",\"data\":[" + AGENT + "],\"next_page_token\":\"c2\"}")));

    Page<Agent> page = agents.listPage("c1", 5);

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/agents/pages?page_size=5&page_token=c1");
    assertThat(page.data()).extracting(Agent::id).containsExactly("ag_1");
    assertThat(page.object()).isEqualTo("list");
    assertThat(page.nextPageToken()).isEqualTo("c2");
    assertThat(page.total()).isNull();
  }

  @Test
  void theFirstCursorPageSendsNoCursor() {
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/pages")).willReturn(json("{\"data\":[" + AGENT + "]}")));

    Page<Agent> page = agents.listPage(null, null);

    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/agents/pages");
    assertThat(page.nextPageToken()).isNull();
  }

  @Test
  void listsAllAgentsByCursorUntilAPageHasNoCursorOnBothFaces() {
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", com.github.tomakehurst.wiremock.client.WireMock.absent())
            .willReturn(json("{\"data\":[" + AGENT + "],\"next_page_token\":\"c1\"}")));
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .withQueryParam("page_token", equalTo("c1"))
            .willReturn(
                json(
                    "{\"data\":["
                        + AGENT.replace("ag_1", "ag_2")
                        + "],\"next_page_token\":null}")));

    try (Stream<Agent> all = agents.listAll(1)) {
      assertThat(all).extracting(Agent::id).containsExactly("ag_1", "ag_2");
    }
    assertThat(server.getAllServeEvents()).hasSize(2);
    assertThat(server.getAllServeEvents())
        .allSatisfy(
            event -> {
              assertThat(event.getRequest().getUrl()).startsWith("/v1/agents/pages");
              assertThat(event.getRequest().queryParameter("page_size").firstValue())
                  .isEqualTo("1");
            });

    assertThat(
            client
                .reactive()
                .beta()
                .agents()
                .listAll(1)
                .map(Agent::id)
                .collectList()
                .block(Duration.ofSeconds(10)))
        .containsExactly("ag_1", "ag_2");
  }

  @Test
  void listingAllStopsAtACursorAlreadyUsed() {
    // A server that ignores the cursor sends the same page, with the same cursor, forever.
    server.stubFor(
        get(urlPathEqualTo("/v1/agents/pages"))
            .willReturn(json("{\"data\":[" + AGENT + "],\"next_page_token\":\"same\"}")));

    try (Stream<Agent> all = agents.listAll()) {
      assertThat(all).extracting(Agent::id).containsExactly("ag_1", "ag_1");
    }
    assertThat(server.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aListedPageHasItsAgentsAndNoTotal() {
    server.stubFor(get(urlPathEqualTo("/v1/agents")).willReturn(json("[" + AGENT + "]")));

    Page<Agent> page = agents.list();

    assertThat(page.data()).extracting(Agent::id).containsExactly("ag_1");
    assertThat(page.total()).isNull();
  }

  @Test
  void getsOneAgent() {
    server.stubFor(get("/v1/agents/ag_1").willReturn(json(AGENT)));

    Agent agent = agents.retrieve("ag_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/v1/agents/ag_1");
    assertThat(agent.name()).isEqualTo("Weather");
  }

  @Test
  void getsOneVersionOfAnAgent() {
    server.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(json(AGENT)));

    agents.retrieve("ag_1", 3);

    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/agents/ag_1?agent_version=3");
  }

  @Test
  void getsTheVersionAnAliasPointsTo() {
    server.stubFor(get(urlPathEqualTo("/v1/agents/ag_1")).willReturn(json(AGENT)));

    agents.retrieve("ag_1", "production");

    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/agents/ag_1?agent_version=production");
  }

  @Test
  void updatesAnAgentWithPatchSendingOnlyTheFieldsSet() {
    server.stubFor(patch(urlPathEqualTo("/v1/agents/ag_1")).willReturn(json(AGENT)));

    Agent agent =
        agents.update(
            "ag_1",
            AgentUpdateRequest.builder()
                .instructions("Be brief.")
                .deploymentChat(true)
                .extraBody("future_flag", true)
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("PATCH");
    assertThat(request.getUrl()).isEqualTo("/v1/agents/ag_1");
    assertBodyWithoutNulls(
        request, "{\"instructions\":\"Be brief.\",\"deployment_chat\":true,\"future_flag\":true}");
    assertThat(agent.version()).isEqualTo(2);
  }

  @Test
  void switchesAnAgentToAVersionWithPatchAndAQueryParameter() {
    server.stubFor(patch(urlPathEqualTo("/v1/agents/ag_1/version")).willReturn(json(AGENT)));

    Agent agent = agents.updateVersion("ag_1", 1);

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("PATCH");
    assertThat(request.getUrl()).isEqualTo("/v1/agents/ag_1/version?version=1");
    assertThat(request.getBodyAsString()).isEmpty();
    assertThat(agent.id()).isEqualTo("ag_1");
  }
}
