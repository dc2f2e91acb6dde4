package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, as {@link
 * Mono}; get it from {@code ReactiveMistralClient.beta().agents()}.
 */
public interface ReactiveBetaAgentsApi extends WithOptions<ReactiveBetaAgentsApi> {

  /** Creates an agent; changes state, so never retried once sent. */
  MistralOperation CREATE = MistralOperation.statefulPost("beta.agents.create", "/v1/agents");

  /** Lists agents. */
  MistralOperation LIST = MistralOperation.get("beta.agents.list", "/v1/agents");

  /** Describes one agent. */
  MistralOperation RETRIEVE = MistralOperation.get("beta.agents.get", "/v1/agents/{agent_id}");

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
  Mono<Agent> create(AgentRequest request);

  /**
   * Lists the first page of agents, in the API's default page size; the API does not report a
   * total.
   */
  Mono<Page<Agent>> list();

  /**
   * Lists agents page by page.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize agents per page, 1 to 1000; null for the API's default
   */
  Mono<Page<Agent>> list(Integer page, Integer pageSize);

  /** Every agent, fetching the next page only when the previous one was consumed. */
  Flux<Agent> listAll();

  /** Every agent, {@code pageSize} per request (null for the API's default). */
  Flux<Agent> listAll(Integer pageSize);

  /** Describes one agent at its current version. */
  Mono<Agent> retrieve(String agentId);

  /** Describes one version of an agent, by its number. */
  Mono<Agent> retrieve(String agentId, int version);

  /** Describes the version of an agent that an alias points to. */
  Mono<Agent> retrieve(String agentId, String versionAlias);

  /** Changes an agent (creating a new version) and emits it. */
  Mono<Agent> update(String agentId, AgentUpdateRequest request);

  /** Makes one of an agent's versions its current one and emits the agent. */
  Mono<Agent> updateVersion(String agentId, int version);

  /** Deletes an agent; completes empty (the API answers {@code 204 No Content}). */
  Mono<Void> delete(String agentId);
}
