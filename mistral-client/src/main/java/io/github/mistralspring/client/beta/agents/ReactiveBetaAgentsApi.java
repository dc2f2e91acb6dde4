package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.MistralOperation;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, as {@link
 * Mono}; get it from {@code ReactiveMistralClient.beta().agents()}.
 */
public interface ReactiveBetaAgentsApi {

  /** Creates an agent; changes state, so never retried once sent. */
  MistralOperation CREATE = MistralOperation.statefulPost("beta.agents.create", "/v1/agents");

  /** Lists agents. */
  MistralOperation LIST = MistralOperation.get("beta.agents.list", "/v1/agents");

  /** Describes one agent. */
  MistralOperation GET = MistralOperation.get("beta.agents.get", "/v1/agents/{agent_id}");

  /** Changes an agent, creating a new version; never retried once sent. */
  MistralOperation UPDATE =
      new MistralOperation("beta.agents.update", "PATCH", "/v1/agents/{agent_id}", false, false);

  /** Switches an agent to one of its versions; never retried once sent. */
  MistralOperation UPDATE_VERSION =
      new MistralOperation(
          "beta.agents.update_version", "PATCH", "/v1/agents/{agent_id}/version", false, false);

  /** Deletes an agent. */
  MistralOperation DELETE = MistralOperation.delete("beta.agents.delete", "/v1/agents/{agent_id}");

  /** Creates an agent and emits it. */
  Mono<Agent> create(AgentCreationRequest request);

  /** Lists the first page of agents, in the API's default page size. */
  Mono<List<Agent>> list();

  /**
   * Lists agents page by page.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize agents per page, 1 to 1000; null for the API's default
   */
  Mono<List<Agent>> list(Integer page, Integer pageSize);

  /** Describes one agent at its current version. */
  Mono<Agent> get(String agentId);

  /**
   * Fetches one version of an agent and emits it; {@code version} is a version number or an alias
   * (null for the current version).
   */
  Mono<Agent> get(String agentId, Object version);

  /** Changes an agent (creating a new version) and emits it. */
  Mono<Agent> update(String agentId, AgentUpdateRequest request);

  /** Makes one of an agent's versions its current one and emits the agent. */
  Mono<Agent> updateVersion(String agentId, int version);

  /** Deletes an agent; completes empty (the API answers {@code 204 No Content}). */
  Mono<Void> delete(String agentId);
}
