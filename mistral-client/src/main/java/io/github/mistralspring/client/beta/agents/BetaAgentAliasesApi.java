package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * The aliases of an agent's versions ({@code /v1/agents/{agent_id}/aliases}): point a name such as
 * {@code production} at a version, list and delete them, blocking; {@code
 * agents().retrieve(agentId, alias)} then describes the version an alias points at. Get it from
 * {@code MistralClient.beta().agents().aliases()}.
 *
 * <p>An alias is 1 to 64 characters: a lower-case letter first, then lower-case letters, digits,
 * {@code _} or {@code -}, not ending in {@code _} or {@code -}. The client refuses any other before
 * sending, with an {@link IllegalArgumentException}.
 */
public interface BetaAgentAliasesApi extends WithOptions<BetaAgentAliasesApi> {

  /**
   * Creates the alias, or points it at another version when the agent has it already ({@code PUT
   * /v1/agents/{agent_id}/aliases?alias=..&version=..}).
   *
   * @param agentId the agent's id
   * @param alias the alias, such as {@code production}
   * @param version the version the alias points at, from 0
   * @return the alias as the API stored it
   * @throws NullPointerException when {@code agentId} or {@code alias} is null
   * @throws IllegalArgumentException when {@code agentId} is blank, {@code alias} is not a valid
   *     alias or {@code version} is negative
   */
  AgentAlias update(String agentId, String alias, int version);

  /**
   * Lists an agent's aliases ({@code GET /v1/agents/{agent_id}/aliases}); the API does not page
   * this listing.
   *
   * @param agentId the agent's id
   * @return every alias of the agent, none when it has none
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  List<AgentAlias> list(String agentId);

  /**
   * Deletes an alias ({@code DELETE /v1/agents/{agent_id}/aliases?alias=..}).
   *
   * @param agentId the agent's id
   * @param alias the alias to delete
   * @throws NullPointerException when {@code agentId} or {@code alias} is null
   * @throws IllegalArgumentException when {@code agentId} is blank or {@code alias} is not a valid
   *     alias
   */
  void delete(String agentId, String alias);
}
