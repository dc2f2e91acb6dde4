package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;

/**
 * The beta API groups (agents, conversations and libraries), as {@code Mono} and {@code Flux}; get
 * it from {@code ReactiveMistralClient.beta()}.
 */
public interface ReactiveBetaApi {

  /**
   * The Agents API: create, list, describe and update agents.
   *
   * @return the reactive agents group, sharing this client's connections and settings
   */
  ReactiveBetaAgentsApi agents();

  /**
   * The Conversations API: stateful conversations with models and agents.
   *
   * @return the reactive conversations group, sharing this client's connections and settings
   */
  ReactiveBetaConversationsApi conversations();

  /**
   * The Libraries API: libraries of documents for retrieval-augmented generation, which the {@code
   * document_library} tool searches; their documents and sharing.
   *
   * @return the reactive libraries group, sharing this client's connections and settings
   */
  ReactiveBetaLibrariesApi libraries();
}
