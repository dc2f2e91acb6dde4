package io.github.mistralspring.client.beta.agents;

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
    return reactive.create(request).block();
  }

  /** Lists the first page of agents. */
  public List<Agent> list() {
    return reactive.list().block();
  }

  /** Lists agents page by page; null arguments use the API's defaults. */
  public List<Agent> list(Integer page, Integer pageSize) {
    return reactive.list(page, pageSize).block();
  }

  /** Describes one agent. */
  public Agent get(String agentId) {
    return reactive.get(agentId).block();
  }

  /** Fetches one version (a number or an alias) of an agent. */
  public Agent get(String agentId, Object version) {
    return reactive.get(agentId, version).block();
  }

  /** Changes an agent (creating a new version) and returns it. */
  public Agent update(String agentId, AgentUpdateRequest request) {
    return reactive.update(agentId, request).block();
  }

  /** Makes one of an agent's versions its current one and returns the agent. */
  public Agent updateVersion(String agentId, int version) {
    return reactive.updateVersion(agentId, version).block();
  }
}
