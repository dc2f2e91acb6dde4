package io.github.mistralspring.client.beta.agents;

import java.util.List;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, blocking; get
 * it from {@code MistralClient.beta().agents()}.
 */
public interface BetaAgentsApi {

  /** Creates an agent and returns it. */
  Agent create(AgentCreationRequest request);

  /** Lists the first page of agents. */
  List<Agent> list();

  /** Lists agents page by page; null arguments use the API's defaults. */
  List<Agent> list(Integer page, Integer pageSize);

  /** Describes one agent. */
  Agent get(String agentId);

  /** Fetches one version (a number or an alias) of an agent. */
  Agent get(String agentId, Object version);

  /** Changes an agent (creating a new version) and returns it. */
  Agent update(String agentId, AgentUpdateRequest request);

  /** Makes one of an agent's versions its current one and returns the agent. */
  Agent updateVersion(String agentId, int version);

  /** Deletes an agent. */
  void delete(String agentId);
}
