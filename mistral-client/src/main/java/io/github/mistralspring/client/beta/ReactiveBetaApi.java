package io.github.mistralspring.client.beta;

import io.github.mistralspring.client.beta.agents.ReactiveBetaAgentsApi;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.libraries.ReactiveBetaLibrariesApi;

/**
 * The beta API groups (agents, conversations and libraries), as {@code Mono} and {@code Flux}; get
 * it from {@code ReactiveMistralClient.beta()}.
 */
public interface ReactiveBetaApi {

  /** The Agents API: create, list, describe and update agents. */
  ReactiveBetaAgentsApi agents();

  /** The Conversations API: stateful conversations with models and agents. */
  ReactiveBetaConversationsApi conversations();

  /**
   * The Libraries API: libraries of documents for retrieval-augmented generation, which the {@code
   * document_library} tool searches; their documents and sharing.
   */
  ReactiveBetaLibrariesApi libraries();
}
