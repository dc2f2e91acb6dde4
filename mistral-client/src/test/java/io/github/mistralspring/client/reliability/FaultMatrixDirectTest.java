package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClientBuilder;

/** The fault matrix on the default path: straight on Reactor Netty. */
class FaultMatrixDirectTest extends FaultMatrix {

  @Override
  MistralClientBuilder onWire(MistralClientBuilder builder) {
    return builder;
  }
}
