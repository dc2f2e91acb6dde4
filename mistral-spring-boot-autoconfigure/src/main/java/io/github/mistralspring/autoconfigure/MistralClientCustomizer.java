package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClientBuilder;

/**
 * A hook to change the client's builder before the auto-configured clients are built; every bean of
 * this type is applied, in order.
 */
@FunctionalInterface
public interface MistralClientCustomizer {

  /** Changes the builder. */
  void customize(MistralClientBuilder builder);
}
