package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;

/**
 * The beta API groups (agents and conversations), as {@code Mono} and {@code Flux}; get it from
 * {@code ReactiveMistralClient.beta()}.
 */
public interface ReactiveBetaApi {

  /** The Agents API: create, list, describe and update agents. */
  ReactiveBetaAgentsApi agents();

  /** The Conversations API: stateful conversations with models and agents. */
  ReactiveBetaConversationsApi conversations();
}
