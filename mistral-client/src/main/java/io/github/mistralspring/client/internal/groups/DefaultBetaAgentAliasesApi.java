package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.AgentAlias;
import io.github.mistralspring.client.beta.agents.BetaAgentAliasesApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentAliasesApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking group of agent version aliases, waiting on the reactive one. */
final class DefaultBetaAgentAliasesApi implements BetaAgentAliasesApi {

  private final ReactiveBetaAgentAliasesApi reactive;

  DefaultBetaAgentAliasesApi(ReactiveBetaAgentAliasesApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public AgentAlias update(String agentId, String alias, int version) {
    return Blocking.await(reactive.update(agentId, alias, version));
  }

  @Override
  public List<AgentAlias> list(String agentId) {
    return Blocking.await(reactive.list(agentId));
  }

  @Override
  public void delete(String agentId, String alias) {
    Blocking.await(reactive.delete(agentId, alias));
  }

  @Override
  public BetaAgentAliasesApi withOptions(RequestOptions options) {
    return new DefaultBetaAgentAliasesApi(reactive.withOptions(options));
  }
}
