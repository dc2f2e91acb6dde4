package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The versions of an agent ({@code /v1/agents/{agent_id}/versions}): every update of an agent makes
 * a new one; list them and describe one, as {@link Mono}. Get it from {@code
 * ReactiveMistralClient.beta().agents().versions()}.
 */
public interface ReactiveBetaAgentVersionsApi extends WithOptions<ReactiveBetaAgentVersionsApi> {

  /** Lists the versions of an agent, each with the agent's settings at that version. */
  MistralOperation LIST =
      MistralOperation.get("beta.agents.versions.list", "/v1/agents/{agent_id}/versions");

  /** Describes one version of an agent. */
  MistralOperation RETRIEVE =
      MistralOperation.get(
          "beta.agents.versions.retrieve", "/v1/agents/{agent_id}/versions/{version}");

  /**
   * Lists the first page of an agent's versions ({@code GET /v1/agents/{agent_id}/versions}); the
   * API does not report a total.
   *
   * @param agentId the agent's id
   * @return the first page of versions, in the API's default page size
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Page<Agent>> list(String agentId);

  /**
   * Lists an agent's versions page by page ({@code GET /v1/agents/{agent_id}/versions}).
   *
   * @param agentId the agent's id
   * @param page the page, from 0; null for the first
   * @param pageSize versions per page, 1 to 100; null for the API's default (20)
   * @return that page of versions, each an {@link Agent} as it was at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Page<Agent>> list(String agentId, @Nullable Integer page, @Nullable Integer pageSize);

  /**
   * Every version of an agent, fetching the next page only when the previous one was consumed.
   *
   * @param agentId the agent's id
   * @return every version, page after page
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Flux<Agent> listAll(String agentId);

  /**
   * Every version of an agent, {@code pageSize} per request.
   *
   * @param agentId the agent's id
   * @param pageSize versions per request, 1 to 100; null for the API's default
   * @return every version, page after page
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Flux<Agent> listAll(String agentId, @Nullable Integer pageSize);

  /**
   * Describes one version of an agent ({@code GET /v1/agents/{agent_id}/versions/{version}}).
   *
   * @param agentId the agent's id
   * @param version the version number, from 0
   * @return the agent as it was at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank or {@code version} negative
   */
  Mono<Agent> retrieve(String agentId, int version);
}
