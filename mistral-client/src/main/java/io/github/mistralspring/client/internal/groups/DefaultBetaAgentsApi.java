package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentCreationRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking beta agents group, waiting on the reactive one. */
public final class DefaultBetaAgentsApi implements BetaAgentsApi {

  private final ReactiveBetaAgentsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultBetaAgentsApi(ReactiveBetaAgentsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public Agent create(AgentCreationRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public List<Agent> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public List<Agent> list(Integer page, Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  @Override
  public Agent get(String agentId) {
    return Blocking.await(reactive.get(agentId));
  }

  @Override
  public Agent get(String agentId, Object version) {
    return Blocking.await(reactive.get(agentId, version));
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
}
