package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentVersionsApi;
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

/** The reactive group of agent versions. */
final class DefaultReactiveBetaAgentVersionsApi implements ReactiveBetaAgentVersionsApi {

  private static final TypeReference<List<Agent>> AGENT_LIST = new TypeReference<>() {};

  private final Calls calls;

  DefaultReactiveBetaAgentVersionsApi(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Mono<Page<Agent>> list(String agentId) {
    return list(agentId, null, null);
  }

  @Override
  public Mono<Page<Agent>> list(
      String agentId, @Nullable Integer page, @Nullable Integer pageSize) {
    String id = Ids.require(agentId, "agentId");
    return calls
        .exchange(
            MistralRequest.of(LIST)
                .pathVariables(id)
                .query("page", page)
                .query("page_size", pageSize),
            AGENT_LIST)
        .map(Page::of);
  }

  @Override
  public Flux<Agent> listAll(String agentId) {
    return listAll(agentId, null);
  }

  @Override
  public Flux<Agent> listAll(String agentId, @Nullable Integer pageSize) {
    String id = Ids.require(agentId, "agentId");
    // Every item is the same agent: its version tells a page already fetched.
    return Pages.flux(0, pageSize, Agent::version, page -> list(id, page, pageSize));
  }

  @Override
  public Mono<Agent> retrieve(String agentId, int version) {
    String id = Ids.require(agentId, "agentId");
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(id, AgentVersions.require(version)), Agent.class);
  }

  @Override
  public ReactiveBetaAgentVersionsApi withOptions(RequestOptions options) {
    return new DefaultReactiveBetaAgentVersionsApi(
        calls.with(Objects.requireNonNull(options, "options")));
  }
}
