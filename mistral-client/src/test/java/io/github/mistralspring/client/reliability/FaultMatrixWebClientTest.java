package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClientBuilder;
import org.springframework.web.reactive.function.client.WebClient;

/** The fault matrix through an application's {@code WebClient.Builder}. */
class FaultMatrixWebClientTest extends FaultMatrix {

  @Override
  MistralClientBuilder onWire(MistralClientBuilder builder) {
    return builder.webClientBuilder(WebClient.builder());
  }
}
