package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.agents.BetaAgentAliasesApi;
import io.github.mistralspring.client.beta.agents.BetaAgentVersionsApi;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.paging.Page;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The blocking beta agents group, waiting on the reactive one. */
public final class DefaultBetaAgentsApi implements BetaAgentsApi {

  private final ReactiveBetaAgentsApi reactive;
  private final BetaAgentVersionsApi versions;
  private final BetaAgentAliasesApi aliases;

  /** The blocking face of a reactive group. */
  public DefaultBetaAgentsApi(ReactiveBetaAgentsApi reactive) {
    this.reactive = reactive;
    this.versions = new DefaultBetaAgentVersionsApi(reactive.versions());
    this.aliases = new DefaultBetaAgentAliasesApi(reactive.aliases());
  }

  @Override
  public Agent create(AgentRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public Page<Agent> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<Agent> list(@Nullable Integer page, @Nullable Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  @Override
  public Page<Agent> listPage(@Nullable String pageToken, @Nullable Integer pageSize) {
    return Blocking.await(reactive.listPage(pageToken, pageSize));
  }

  @Override
  public Stream<Agent> listAll() {
    return listAll(null);
  }

  @Override
  public Stream<Agent> listAll(@Nullable Integer pageSize) {
    return Pages.cursorStream(token -> Blocking.await(reactive.listPage(token, pageSize)));
  }

  @Override
  public Agent retrieve(String agentId) {
    return Blocking.await(reactive.retrieve(agentId));
  }

  @Override
  public Agent retrieve(String agentId, int version) {
    return Blocking.await(reactive.retrieve(agentId, version));
  }

  @Override
  public Agent retrieve(String agentId, String versionAlias) {
    return Blocking.await(reactive.retrieve(agentId, versionAlias));
  }

  @Override
  public Agent update(String agentId, AgentUpdateRequest request) {
    return Blocking.await(reactive.update(agentId, request));
  }

  @Override
  public Agent updateVersion(String agentId, int version) {
    return Blocking.await(reactive.updateVersion(agentId, version));
  }

  @Override
  public void delete(String agentId) {
    Blocking.await(reactive.delete(agentId));
  }

  @Override
  public BetaAgentVersionsApi versions() {
    return versions;
  }

  @Override
  public BetaAgentAliasesApi aliases() {
    return aliases;
  }

  @Override
  public BetaAgentsApi withOptions(RequestOptions options) {
    return new DefaultBetaAgentsApi(reactive.withOptions(options));
  }
}
