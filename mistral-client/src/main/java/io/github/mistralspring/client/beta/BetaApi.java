package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.BetaConversationsApi;

/**
 * The beta API groups (agents and conversations), blocking; get it from {@code
 * MistralClient.beta()}.
 */
public interface BetaApi {

  /** The Agents API: create, list, describe and update agents. */
  BetaAgentsApi agents();

  /** The Conversations API: stateful conversations with models and agents. */
  BetaConversationsApi conversations();
}
