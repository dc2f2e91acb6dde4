package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.BetaAgentVersionsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentVersionsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The blocking group of agent versions, waiting on the reactive one. */
final class DefaultBetaAgentVersionsApi implements BetaAgentVersionsApi {

  private final ReactiveBetaAgentVersionsApi reactive;

  DefaultBetaAgentVersionsApi(ReactiveBetaAgentVersionsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public Page<Agent> list(String agentId) {
    return Blocking.await(reactive.list(agentId));
  }

  @Override
  public Page<Agent> list(String agentId, @Nullable Integer page, @Nullable Integer pageSize) {
    return Blocking.await(reactive.list(agentId, page, pageSize));
  }

  @Override
  public Stream<Agent> listAll(String agentId) {
    return listAll(agentId, null);
  }

  @Override
  public Stream<Agent> listAll(String agentId, @Nullable Integer pageSize) {
    String id = Ids.require(agentId, "agentId");
    return Pages.stream(
        0, pageSize, Agent::version, page -> Blocking.await(reactive.list(id, page, pageSize)));
  }

  @Override
  public Agent retrieve(String agentId, int version) {
    return Blocking.await(reactive.retrieve(agentId, version));
  }

  @Override
  public BetaAgentVersionsApi withOptions(RequestOptions options) {
    return new DefaultBetaAgentVersionsApi(reactive.withOptions(options));
  }
}
