package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The versions of an agent ({@code /v1/agents/{agent_id}/versions}): every update of an agent makes
 * a new one; list them and describe one, blocking. Get it from {@code
 * MistralClient.beta().agents().versions()}.
 */
public interface BetaAgentVersionsApi extends WithOptions<BetaAgentVersionsApi> {

  /**
   * Lists the first page of an agent's versions ({@code GET /v1/agents/{agent_id}/versions}); the
   * API does not report a total.
   *
   * @param agentId the agent's id
   * @return the first page of versions, in the API's default page size
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Page<Agent> list(String agentId);

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
  Page<Agent> list(String agentId, @Nullable Integer page, @Nullable Integer pageSize);

  /**
   * Every version of an agent, fetching the next page only when the stream is consumed beyond the
   * pages fetched; close the stream (or use try-with-resources) when not reading it to its end.
   *
   * @param agentId the agent's id
   * @return every version, page after page
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Stream<Agent> listAll(String agentId);

  /**
   * Every version of an agent, {@code pageSize} per request.
   *
   * @param agentId the agent's id
   * @param pageSize versions per request, 1 to 100; null for the API's default
   * @return every version, page after page
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank
   */
  Stream<Agent> listAll(String agentId, @Nullable Integer pageSize);

  /**
   * Describes one version of an agent ({@code GET /v1/agents/{agent_id}/versions/{version}}).
   *
   * @param agentId the agent's id
   * @param version the version number, from 0
   * @return the agent as it was at that version
   * @throws NullPointerException when {@code agentId} is null
   * @throws IllegalArgumentException when {@code agentId} is blank or {@code version} negative
   */
  Agent retrieve(String agentId, int version);
}
