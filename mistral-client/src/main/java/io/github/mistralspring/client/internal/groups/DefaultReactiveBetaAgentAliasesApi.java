package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.agents.AgentAlias;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentAliasesApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The reactive group of agent version aliases. */
final class DefaultReactiveBetaAgentAliasesApi implements ReactiveBetaAgentAliasesApi {

  private static final TypeReference<List<AgentAlias>> ALIAS_LIST = new TypeReference<>() {};

  private final Calls calls;

  DefaultReactiveBetaAgentAliasesApi(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Mono<AgentAlias> update(String agentId, String alias, int version) {
    String id = Ids.require(agentId, "agentId");
    String name = AgentVersions.requireAlias(alias);
    AgentVersions.require(version);
    return calls.exchange(
        MistralRequest.of(UPDATE).pathVariables(id).query("alias", name).query("version", version),
        AgentAlias.class);
  }

  @Override
  public Mono<List<AgentAlias>> list(String agentId) {
    String id = Ids.require(agentId, "agentId");
    return calls
        .exchange(MistralRequest.of(LIST).pathVariables(id), ALIAS_LIST)
        .map(ReadOnly::withoutNulls);
  }

  @Override
  public Mono<Void> delete(String agentId, String alias) {
    String id = Ids.require(agentId, "agentId");
    String name = AgentVersions.requireAlias(alias);
    return calls.send(MistralRequest.of(DELETE).pathVariables(id).query("alias", name));
  }

  @Override
  public ReactiveBetaAgentAliasesApi withOptions(RequestOptions options) {
    return new DefaultReactiveBetaAgentAliasesApi(
        calls.with(Objects.requireNonNull(options, "options")));
  }
}
