package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.BetaApi;
import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.BetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.BetaLibrariesApi;

/** The blocking beta groups, over the reactive ones. */
public final class DefaultBetaApi implements BetaApi {

  private final BetaAgentsApi agents;
  private final BetaConversationsApi conversations;
  private final BetaLibrariesApi libraries;

  /** The blocking faces of the reactive beta groups. */
  public DefaultBetaApi(ReactiveBetaApi reactive) {
    this.agents = new DefaultBetaAgentsApi(reactive.agents());
    this.conversations = new DefaultBetaConversationsApi(reactive.conversations());
    this.libraries = new DefaultBetaLibrariesApi(reactive.libraries());
  }

  @Override
  public BetaAgentsApi agents() {
    return agents;
  }

  @Override
  public BetaConversationsApi conversations() {
    return conversations;
  }

  @Override
  public BetaLibrariesApi libraries() {
    return libraries;
  }
}
