package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClientBuilder;

/**
 * A hook to change the client's builder before the auto-configured clients are built; every bean of
 * this type is applied, in order.
 */
@FunctionalInterface
public interface MistralClientCustomizer {

  /**
   * Changes the builder of an auto-configured client, after the {@code mistral.*} properties were
   * applied to it and before the client is built; a setting made here wins over the properties.
   *
   * @param builder the builder of the client about to be built, default and named clients alike
   */
  void customize(MistralClientBuilder builder);
}
