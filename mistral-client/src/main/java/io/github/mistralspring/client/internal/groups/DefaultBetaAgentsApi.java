package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;

/** The blocking beta agents group, waiting on the reactive one. */
public final class DefaultBetaAgentsApi implements BetaAgentsApi {

  private final ReactiveBetaAgentsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultBetaAgentsApi(ReactiveBetaAgentsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public Agent create(AgentRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public Page<Agent> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<Agent> list(Integer page, Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  @Override
  public Stream<Agent> listAll() {
    return listAll(null);
  }

  @Override
  public Stream<Agent> listAll(Integer pageSize) {
    return Pages.stream(
        0, pageSize, Agent::id, page -> Blocking.await(reactive.list(page, pageSize)));
  }

  @Override
  public Agent retrieve(String agentId) {
    return Blocking.await(reactive.retrieve(agentId));
  }

  @Override
  public Agent retrieve(String agentId, int version) {
    return Blocking.await(reactive.retrieve(agentId, version));
  }

  @Override
  public Agent retrieve(String agentId, String versionAlias) {
    return Blocking.await(reactive.retrieve(agentId, versionAlias));
  }

  @Override
  public Agent update(String agentId, AgentUpdateRequest request) {
    return Blocking.await(reactive.update(agentId, request));
  }

  @Override
  public Agent updateVersion(String agentId, int version) {
    return Blocking.await(reactive.updateVersion(agentId, version));
  }

  @Override
  public void delete(String agentId) {
    Blocking.await(reactive.delete(agentId));
  }

  @Override
  public BetaAgentsApi withOptions(RequestOptions options) {
    return new DefaultBetaAgentsApi(reactive.withOptions(options));
  }
}
