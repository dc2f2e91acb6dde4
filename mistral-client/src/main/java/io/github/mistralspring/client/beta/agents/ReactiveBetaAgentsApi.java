package io.github.mistralspring.client.beta.agents;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import java.util.List;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The beta Agents API ({@code /v1/agents}): create, list, describe and update agents, as Mono. */
public final class ReactiveBetaAgentsApi {

  /** Creates an agent; changes state, so never retried once sent. */
  public static final MistralOperation CREATE =
      MistralOperation.statefulPost("beta.agents.create", "/v1/agents");

  /** Lists agents. */
  public static final MistralOperation LIST =
      MistralOperation.get("beta.agents.list", "/v1/agents");

  /** Describes one agent. */
  public static final MistralOperation GET =
      MistralOperation.get("beta.agents.get", "/v1/agents/{agent_id}");

  /** Changes an agent, creating a new version; never retried once sent. */
  public static final MistralOperation UPDATE =
      new MistralOperation("beta.agents.update", "PATCH", "/v1/agents/{agent_id}", false, false);

  /** Switches an agent to one of its versions; never retried once sent. */
  public static final MistralOperation UPDATE_VERSION =
      new MistralOperation(
          "beta.agents.update_version", "PATCH", "/v1/agents/{agent_id}/version", false, false);

  private static final TypeReference<List<Agent>> AGENT_LIST = new TypeReference<>() {};

  private final MistralTransport transport;

  /** Creates the API group on a transport; users get it from {@code beta().agents()}. */
  public ReactiveBetaAgentsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Creates an agent and emits it. */
  public Mono<Agent> create(AgentCreationRequest request) {
    return Mono.defer(() -> transport.exchange(MistralRequest.of(CREATE, request), Agent.class));
  }

  /** Lists the first page of agents, in the API's default page size. */
  public Mono<List<Agent>> list() {
    return list(null, null);
  }

  /**
   * Lists agents page by page.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize agents per page, 1 to 1000; null for the API's default
   */
  public Mono<List<Agent>> list(Integer page, Integer pageSize) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(LIST).query("page", page).query("page_size", pageSize),
                AGENT_LIST));
  }

  /** Describes one agent at its current version. */
  public Mono<Agent> get(String agentId) {
    return get(agentId, null);
  }

  /**
   * Fetches one version of an agent and emits it; {@code version} is a version number or an alias
   * (null for the current version).
   */
  public Mono<Agent> get(String agentId, Object version) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(GET)
                    .pathVariables(requireId(agentId))
                    .query("agent_version", version),
                Agent.class));
  }

  /** Changes an agent (creating a new version) and emits it. */
  public Mono<Agent> update(String agentId, AgentUpdateRequest request) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(UPDATE, request).pathVariables(requireId(agentId)), Agent.class));
  }

  /** Makes one of an agent's versions its current one and emits the agent. */
  public Mono<Agent> updateVersion(String agentId, int version) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(UPDATE_VERSION)
                    .pathVariables(requireId(agentId))
                    .query("version", version),
                Agent.class));
  }

  private static String requireId(String agentId) {
    if (agentId == null || agentId.isBlank()) {
      throw new IllegalArgumentException("agentId is required");
    }
    return agentId;
  }
}
