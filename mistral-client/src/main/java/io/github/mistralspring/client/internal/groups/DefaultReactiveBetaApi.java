package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.ReactiveBetaApi;
import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;
import io.github.mistralspring.client.internal.Calls;

/** The reactive beta groups. */
public final class DefaultReactiveBetaApi implements ReactiveBetaApi {

  private final ReactiveBetaAgentsApi agents;
  private final ReactiveBetaConversationsApi conversations;
  private final ReactiveBetaLibrariesApi libraries;

  /** The groups on a client's calls. */
  public DefaultReactiveBetaApi(Calls calls) {
    this.agents = new DefaultReactiveBetaAgentsApi(calls);
    this.conversations = new DefaultReactiveBetaConversationsApi(calls);
    this.libraries = new DefaultReactiveBetaLibrariesApi(calls);
  }

  @Override
  public ReactiveBetaAgentsApi agents() {
    return agents;
  }

  @Override
  public ReactiveBetaConversationsApi conversations() {
    return conversations;
  }

  @Override
  public ReactiveBetaLibrariesApi libraries() {
    return libraries;
  }
}
