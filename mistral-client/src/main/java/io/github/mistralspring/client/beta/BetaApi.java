package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.BetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.BetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.BetaLibrariesApi;

/**
 * The beta API groups (agents, conversations and libraries), blocking; get it from {@code
 * MistralClient.beta()}.
 */
public interface BetaApi {

  /**
   * The Agents API: create, list, describe and update agents.
   *
   * @return the blocking agents group, sharing this client's connections and settings
   */
  BetaAgentsApi agents();

  /**
   * The Conversations API: stateful conversations with models and agents.
   *
   * @return the blocking conversations group, sharing this client's connections and settings
   */
  BetaConversationsApi conversations();

  /**
   * The Libraries API: libraries of documents for retrieval-augmented generation, which the {@code
   * document_library} tool searches; their documents and sharing.
   *
   * @return the blocking libraries group, sharing this client's connections and settings
   */
  BetaLibrariesApi libraries();
}
