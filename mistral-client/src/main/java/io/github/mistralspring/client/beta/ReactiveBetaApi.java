package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ReactiveConversationsApi;
import io.github.mistralspring.client.internal.MistralTransport;

/** The beta API groups (agents and conversations), as {@code Mono} and {@code Flux}. */
public final class ReactiveBetaApi {

  private final ReactiveBetaAgentsApi agents;
  private final ReactiveConversationsApi conversations;

  /** Creates the groups on a transport; users get them from {@code beta()}. */
  public ReactiveBetaApi(MistralTransport transport) {
    this.agents = new ReactiveBetaAgentsApi(transport);
    this.conversations = new ReactiveConversationsApi(transport);
  }

  /** The Agents API: create, list, describe and update agents. */
  public ReactiveBetaAgentsApi agents() {
    return agents;
  }

  /** The Conversations API: stateful conversations with models and agents. */
  public ReactiveConversationsApi conversations() {
    return conversations;
  }
}
