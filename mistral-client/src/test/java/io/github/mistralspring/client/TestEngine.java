package io.github.mistralspring.client;

import io.github.mistralspring.client.internal.MistralTransport;

/** Reaches the engine of a client, for the tests that drive it with requests of their own. */
public final class TestEngine {

  private TestEngine() {}

  /** The engine the client runs on. */
  public static MistralTransport of(MistralClient client) {
    return client.reactive().transport();
  }

  /** The engine the client runs on. */
  public static MistralTransport of(ReactiveMistralClient client) {
    return client.transport();
  }
}
