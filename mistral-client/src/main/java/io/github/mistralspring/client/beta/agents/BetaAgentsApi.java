package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, blocking; get
 * it from {@code MistralClient.beta().agents()}.
 */
public interface BetaAgentsApi extends WithOptions<BetaAgentsApi> {

  /** Creates an agent and returns it. */
  Agent create(AgentRequest request);

  /** Lists the first page of agents; the API does not report a total. */
  Page<Agent> list();

  /** Lists agents page by page; null arguments use the API's defaults. */
  Page<Agent> list(Integer page, Integer pageSize);

  /**
   * Every agent, fetching the next page only when the stream is consumed beyond the pages fetched;
   * close the stream (or use try-with-resources) when not reading it to its end.
   */
  Stream<Agent> listAll();

  /** Every agent, {@code pageSize} per request (null for the API's default). */
  Stream<Agent> listAll(Integer pageSize);

  /** Describes one agent at its current version. */
  Agent retrieve(String agentId);

  /** Describes one version of an agent, by its number. */
  Agent retrieve(String agentId, int version);

  /** Describes the version of an agent that an alias points to. */
  Agent retrieve(String agentId, String versionAlias);

  /** Changes an agent (creating a new version) and returns it. */
  Agent update(String agentId, AgentUpdateRequest request);

  /** Makes one of an agent's versions its current one and returns the agent. */
  Agent updateVersion(String agentId, int version);

  /** Deletes an agent. */
  void delete(String agentId);
}
