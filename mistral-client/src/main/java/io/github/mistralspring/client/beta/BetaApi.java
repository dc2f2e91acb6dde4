package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ConversationsApi;

/** The beta API groups (agents and conversations), blocking. */
public final class BetaApi {

  private final BetaAgentsApi agents;
  private final ConversationsApi conversations;

  /** Creates the blocking faces over the reactive groups. */
  public BetaApi(ReactiveBetaApi reactive) {
    this.agents = new BetaAgentsApi(reactive.agents());
    this.conversations = new ConversationsApi(reactive.conversations());
  }

  /** The Agents API: create, list, describe and update agents. */
  public BetaAgentsApi agents() {
    return agents;
  }

  /** The Conversations API: stateful conversations with models and agents. */
  public ConversationsApi conversations() {
    return conversations;
  }
}
