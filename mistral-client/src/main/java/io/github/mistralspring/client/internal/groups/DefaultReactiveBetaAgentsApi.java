package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentAliasesApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentVersionsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The reactive beta agents group. */
public final class DefaultReactiveBetaAgentsApi implements ReactiveBetaAgentsApi {

  private static final TypeReference<List<Agent>> AGENT_LIST = new TypeReference<>() {};

  private static final TypeReference<Page<Agent>> AGENT_PAGE = new TypeReference<>() {};

  private final Calls calls;
  private final ReactiveBetaAgentVersionsApi versions;
  private final ReactiveBetaAgentAliasesApi aliases;

  /** The group on a client's calls. */
  public DefaultReactiveBetaAgentsApi(Calls calls) {
    this.calls = calls;
    this.versions = new DefaultReactiveBetaAgentVersionsApi(calls);
    this.aliases = new DefaultReactiveBetaAgentAliasesApi(calls);
  }

  @Override
  public Mono<Agent> create(AgentRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(MistralRequest.of(CREATE, request).model(request.model()), Agent.class);
  }

  @Override
  public Mono<Page<Agent>> list() {
    return list(null, null);
  }

  @Override
  public Mono<Page<Agent>> list(@Nullable Integer page, @Nullable Integer pageSize) {
    return calls
        .exchange(
            MistralRequest.of(LIST).query("page", page).query("page_size", pageSize), AGENT_LIST)
        .map(Page::of);
  }

  @Override
  public Mono<Page<Agent>> listPage(@Nullable String pageToken, @Nullable Integer pageSize) {
    return calls.exchange(
        MistralRequest.of(LIST_PAGES).query("page_size", pageSize).query("page_token", pageToken),
        AGENT_PAGE);
  }

  @Override
  public Flux<Agent> listAll() {
    return listAll(null);
  }

  @Override
  public Flux<Agent> listAll(@Nullable Integer pageSize) {
    // The cursor-paged listing: the page-numbered one is deprecated and ignores sharing.
    return Pages.cursorFlux(token -> listPage(token, pageSize));
  }

  @Override
  public Mono<Agent> retrieve(String agentId) {
    return retrieveVersion(agentId, null);
  }

  @Override
  public Mono<Agent> retrieve(String agentId, int version) {
    return retrieveVersion(agentId, version);
  }

  @Override
  public Mono<Agent> retrieve(String agentId, String versionAlias) {
    return retrieveVersion(agentId, Ids.require(versionAlias, "versionAlias"));
  }

  private Mono<Agent> retrieveVersion(String agentId, Object version) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE)
            .pathVariables(Ids.require(agentId, "agentId"))
            .query("agent_version", version),
        Agent.class);
  }

  @Override
  public Mono<Agent> update(String agentId, AgentUpdateRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        MistralRequest.of(UPDATE, request).pathVariables(Ids.require(agentId, "agentId")),
        Agent.class);
  }

  @Override
  public Mono<Agent> updateVersion(String agentId, int version) {
    return calls.exchange(
        MistralRequest.of(UPDATE_VERSION)
            .pathVariables(Ids.require(agentId, "agentId"))
            .query("version", version),
        Agent.class);
  }

  @Override
  public Mono<Void> delete(String agentId) {
    return calls.send(MistralRequest.of(DELETE).pathVariables(Ids.require(agentId, "agentId")));
  }

  @Override
  public ReactiveBetaAgentVersionsApi versions() {
    return versions;
  }

  @Override
  public ReactiveBetaAgentAliasesApi aliases() {
    return aliases;
  }

  @Override
  public ReactiveBetaAgentsApi withOptions(RequestOptions options) {
    return new DefaultReactiveBetaAgentsApi(calls.with(Objects.requireNonNull(options, "options")));
  }
}
