package io.github.mistralspring.client;

import io.github.mistralspring.client.chat.ChatApi;

/**
 * The blocking Mistral AI client: each call waits for its answer. It is a face over a {@link
 * ReactiveMistralClient} and shares its engine and connections. Thread-safe; close it to release
 * its connections.
 */
public final class MistralClient implements AutoCloseable {

  private final ReactiveMistralClient reactive;
  private final ChatApi chat;

  private MistralClient(ReactiveMistralClient reactive) {
    this.reactive = reactive;
    this.chat = new ChatApi(reactive.chat());
  }

  /** Starts a builder; {@code builder().apiKey(key).build()} is enough to start. */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /** The blocking face of a reactive client; both share one engine and one connection pool. */
  public static MistralClient of(ReactiveMistralClient reactive) {
    return new MistralClient(reactive);
  }

  /** Chat completions. */
  public ChatApi chat() {
    return chat;
  }

  /** The reactive client this one runs on. */
  public ReactiveMistralClient reactive() {
    return reactive;
  }

  /** Releases the connection pool, which the reactive client shares. */
  @Override
  public void close() {
    reactive.close();
  }

  @Override
  public String toString() {
    return "MistralClient[" + reactive.transport().settings().baseUrl() + "]";
  }
}
