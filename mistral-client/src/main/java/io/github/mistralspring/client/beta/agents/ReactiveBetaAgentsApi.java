package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe, update and delete agents, as
 * {@link Mono}; their versions in {@link #versions()} and the aliases of those in {@link
 * #aliases()}. Get it from {@code ReactiveMistralClient.beta().agents()}.
 */
public interface ReactiveBetaAgentsApi extends WithOptions<ReactiveBetaAgentsApi> {

  /** Creates an agent; changes state, so never retried once sent. */
  MistralOperation CREATE = MistralOperation.statefulPost("beta.agents.create", "/v1/agents");

  /**
   * Lists agents by page number; the API deprecates it for {@link #LIST_PAGES}, which honours agent
   * sharing.
   */
  MistralOperation LIST = MistralOperation.get("beta.agents.list", "/v1/agents");

  /** Lists agents by cursor, only those the caller may see. */
  MistralOperation LIST_PAGES = MistralOperation.get("beta.agents.list_pages", "/v1/agents/pages");

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

  /**
   * Creates an agent ({@code POST /v1/agents}).
   *
   * @param request the agent's model, name and settings
   * @return the agent as created, at version 0
   * @throws NullPointerException when {@code request} is null
   */
  Mono<Agent> create(AgentRequest request);

  /**
   * Lists the first page of agents ({@code GET /v1/agents}), in the API's default page size; the
   * API does not report a total. The API deprecates this listing (it ignores agent sharing); {@link
   * #listPage(String, Integer)} and {@link #listAll()} use the one that replaces it.
   *
   * @return the first page of agents, newest first
   */
  Mono<Page<Agent>> list();

  /**
   * Lists agents by page number ({@code GET /v1/agents}); see {@link #list()} for why {@link
   * #listPage(String, Integer)} is preferred.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize agents per page, 1 to 1000; null for the API's default (20)
   * @return that page of agents, with no total
   */
  Mono<Page<Agent>> list(@Nullable Integer page, @Nullable Integer pageSize);

  /**
   * Lists one page of agents by cursor ({@code GET /v1/agents/pages}), only those the caller may
   * see; the page's {@link Page#nextPageToken()} asks for the next one.
   *
   * @param pageToken the {@code nextPageToken} of the page before; null for the first page
   * @param pageSize agents per page, 1 to 1000; null for the API's default (20)
   * @return the page, with the cursor of the next one unless it is the last
   */
  Mono<Page<Agent>> listPage(@Nullable String pageToken, @Nullable Integer pageSize);

  /**
   * Every agent the caller may see, fetching the next page only when the previous one was consumed.
   * It walks the cursor-paged {@code GET /v1/agents/pages}, which the API offers in place of the
   * deprecated page-numbered listing and which, unlike that one, honours agent sharing.
   *
   * @return every agent, page after page
   */
  Flux<Agent> listAll();

  /**
   * Every agent the caller may see, {@code pageSize} per request, as {@link #listAll()} does.
   *
   * @param pageSize agents per request, 1 to 1000; null for the API's default
   * @return every agent, page after page
   */
  Flux<Agent> listAll(@Nullable Integer pageSize);

  /**
   * Describes one agent at its current version ({@code GET /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @return the agent
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Agent> retrieve(String agentId);

  /**
   * Describes one version of an agent, by its number ({@code GET
   * /v1/agents/{agent_id}?agent_version=..}).
   *
   * @param agentId the agent's id
   * @param version the version number, from 0
   * @return the agent as it was at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Agent> retrieve(String agentId, int version);

  /**
   * Describes the version of an agent that an alias points to ({@code GET
   * /v1/agents/{agent_id}?agent_version=..}); aliases are set with {@link #aliases()}.
   *
   * @param agentId the agent's id
   * @param versionAlias the alias, such as {@code production}
   * @return the agent as it is at the version the alias points to
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when an argument is blank
   */
  Mono<Agent> retrieve(String agentId, String versionAlias);

  /**
   * Changes an agent, creating a new version ({@code PATCH /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @param request the fields to change; those it leaves unset stay as they are
   * @return the agent at its new version
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Agent> update(String agentId, AgentUpdateRequest request);

  /**
   * Makes one of an agent's versions its current one ({@code PATCH /v1/agents/{agent_id}/version}).
   *
   * @param agentId the agent's id
   * @param version the version to make current
   * @return the agent at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Agent> updateVersion(String agentId, int version);

  /**
   * Deletes an agent ({@code DELETE /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @return completes empty when the agent is gone (the API answers {@code 204 No Content})
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Mono<Void> delete(String agentId);

  /**
   * The versions of agents: list them, describe one.
   *
   * @return the versions group, with this group's options
   */
  ReactiveBetaAgentVersionsApi versions();

  /**
   * The aliases of agents' versions: point one at a version, list, delete.
   *
   * @return the aliases group, with this group's options
   */
  ReactiveBetaAgentAliasesApi aliases();
}
