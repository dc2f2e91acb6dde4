package io.github.mistralspring.springai;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.test.MockMistralServer;
import java.time.Duration;

/** Clients pointed at a test's simulator. */
public final class Simulators {

  /** How long a test waits for a call or a stream: a bound against hangs only. */
  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private Simulators() {}

  /** A client of the simulator, without retries so that a failure shows at once. */
  public static MistralClient client(MockMistralServer server) {
    return MistralClient.builder()
        .apiKey("test-key-not-real")
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none())
        .build();
  }
}
