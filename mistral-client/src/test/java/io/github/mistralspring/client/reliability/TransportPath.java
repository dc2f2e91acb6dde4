package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClientBuilder;
import org.springframework.web.reactive.function.client.WebClient;

/** The two ways a client sends its calls; tests of behaviour both must share run on each. */
enum TransportPath {
  /** Straight on Reactor Netty, the default. */
  DIRECT,
  /** Through Spring's WebClient, as when an application's builder is handed in. */
  WEB_CLIENT;

  /** Sets the builder up for this path. */
  MistralClientBuilder configure(MistralClientBuilder builder) {
    return this == WEB_CLIENT ? builder.webClientBuilder(WebClient.builder()) : builder;
  }
}
