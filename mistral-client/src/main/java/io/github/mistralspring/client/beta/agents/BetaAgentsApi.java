package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, blocking. */
public final class BetaAgentsApi {

  private final ReactiveBetaAgentsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public BetaAgentsApi(ReactiveBetaAgentsApi reactive) {
    this.reactive = reactive;
  }

  /** Creates an agent and returns it. */
  public Agent create(AgentCreationRequest request) {
    return Blocking.await(reactive.create(request));
  }

  /** Lists the first page of agents. */
  public List<Agent> list() {
    return Blocking.await(reactive.list());
  }

  /** Lists agents page by page; null arguments use the API's defaults. */
  public List<Agent> list(Integer page, Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  /** Describes one agent. */
  public Agent get(String agentId) {
    return Blocking.await(reactive.get(agentId));
  }

  /** Fetches one version (a number or an alias) of an agent. */
  public Agent get(String agentId, Object version) {
    return Blocking.await(reactive.get(agentId, version));
  }

  /** Changes an agent (creating a new version) and returns it. */
  public Agent update(String agentId, AgentUpdateRequest request) {
    return Blocking.await(reactive.update(agentId, request));
  }

  /** Makes one of an agent's versions its current one and returns the agent. */
  public Agent updateVersion(String agentId, int version) {
    return Blocking.await(reactive.updateVersion(agentId, version));
  }
}
