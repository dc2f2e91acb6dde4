package io.github.mistralspring.client;

import io.github.mistralspring.client.chat.ReactiveChatApi;
import io.github.mistralspring.client.internal.MistralTransport;

/**
 * The reactive Mistral AI client: each API group returns {@code Mono} and {@code Flux}, and no call
 * holds a thread while it waits. Thread-safe; build one per API key and base URL and share it.
 * Close it to release its connections.
 */
public final class ReactiveMistralClient implements AutoCloseable {

  private final MistralTransport transport;
  private final ReactiveChatApi chat;

  ReactiveMistralClient(MistralTransport transport) {
    this.transport = transport;
    this.chat = new ReactiveChatApi(transport);
  }

  /** Starts a builder; {@code builder().apiKey(key).buildReactive()} is enough to start. */
  public static MistralClientBuilder builder() {
    return new MistralClientBuilder();
  }

  /** Chat completions. */
  public ReactiveChatApi chat() {
    return chat;
  }

  /** The engine this client runs on, shared with the blocking client made from it. */
  public MistralTransport transport() {
    return transport;
  }

  /** Releases the client's connection pool; calls in flight fail. */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "ReactiveMistralClient[" + transport.settings().baseUrl() + "]";
  }
}
