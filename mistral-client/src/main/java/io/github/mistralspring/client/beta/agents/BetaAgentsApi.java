package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The beta Agents API ({@code /v1/agents}): create, list, describe, update and delete agents,
 * blocking; their versions in {@link #versions()} and the aliases of those in {@link #aliases()}.
 * Get it from {@code MistralClient.beta().agents()}.
 */
public interface BetaAgentsApi extends WithOptions<BetaAgentsApi> {

  /**
   * Creates an agent ({@code POST /v1/agents}).
   *
   * @param request the agent's model, name and settings
   * @return the agent as created, at version 0
   * @throws NullPointerException when {@code request} is null
   */
  Agent create(AgentRequest request);

  /**
   * Lists the first page of agents ({@code GET /v1/agents}); the API does not report a total. The
   * API deprecates this listing (it ignores agent sharing); {@link #listPage(String, Integer)} and
   * {@link #listAll()} use the one that replaces it.
   *
   * @return the first page of agents, newest first
   */
  Page<Agent> list();

  /**
   * Lists agents by page number ({@code GET /v1/agents}); see {@link #list()} for why {@link
   * #listPage(String, Integer)} is preferred.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize agents per page, 1 to 1000; null for the API's default (20)
   * @return that page of agents, with no total
   */
  Page<Agent> list(@Nullable Integer page, @Nullable Integer pageSize);

  /**
   * Lists one page of agents by cursor ({@code GET /v1/agents/pages}), only those the caller may
   * see; the page's {@link Page#nextPageToken()} asks for the next one.
   *
   * @param pageToken the {@code nextPageToken} of the page before; null for the first page
   * @param pageSize agents per page, 1 to 1000; null for the API's default (20)
   * @return the page, with the cursor of the next one unless it is the last
   */
  Page<Agent> listPage(@Nullable String pageToken, @Nullable Integer pageSize);

  /**
   * Every agent the caller may see, fetching the next page only when the stream is consumed beyond
   * the pages fetched; close the stream (or use try-with-resources) when not reading it to its end.
   * It walks the cursor-paged {@code GET /v1/agents/pages}, which the API offers in place of the
   * deprecated page-numbered listing and which, unlike that one, honours agent sharing.
   *
   * @return every agent, page after page
   */
  Stream<Agent> listAll();

  /**
   * Every agent the caller may see, {@code pageSize} per request, as {@link #listAll()} does.
   *
   * @param pageSize agents per request, 1 to 1000; null for the API's default
   * @return every agent, page after page
   */
  Stream<Agent> listAll(@Nullable Integer pageSize);

  /**
   * Describes one agent at its current version ({@code GET /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @return the agent
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Agent retrieve(String agentId);

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
  Agent retrieve(String agentId, int version);

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
  Agent retrieve(String agentId, String versionAlias);

  /**
   * Changes an agent, creating a new version ({@code PATCH /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @param request the fields to change; those it leaves unset stay as they are
   * @return the agent at its new version
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Agent update(String agentId, AgentUpdateRequest request);

  /**
   * Makes one of an agent's versions its current one ({@code PATCH /v1/agents/{agent_id}/version}).
   *
   * @param agentId the agent's id
   * @param version the version to make current
   * @return the agent at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Agent updateVersion(String agentId, int version);

  /**
   * Deletes an agent ({@code DELETE /v1/agents/{agent_id}}).
   *
   * @param agentId the agent's id
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  void delete(String agentId);

  /**
   * The versions of agents: list them, describe one.
   *
   * @return the versions group, with this group's options
   */
  BetaAgentVersionsApi versions();

  /**
   * The aliases of agents' versions: point one at a version, list, delete.
   *
   * @return the aliases group, with this group's options
   */
  BetaAgentAliasesApi aliases();
}
