package io.github.mistralspring.test;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration imported by {@link AutoConfigureMockMistral}: a {@link MockMistralServer} bean
 * and the {@link MistralConnectionDetails} that point the client beans at it. The server takes
 * {@code mistral.simulator.seed} and {@code mistral.simulator.token-delay} when they are set (on a
 * free port, whatever {@code mistral.simulator.port} says, so that test contexts never collide).
 */
@AutoConfiguration(before = MistralAutoConfiguration.class)
@ConditionalOnClass(MistralConnectionDetails.class)
public final class MockMistralAutoConfiguration {

  /** The API key the clients send to the simulator. */
  static final String API_KEY = "mock-mistral-key";

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  MockMistralServer mockMistralServer(Environment environment) {
    MistralSimulatorProperties settings =
        Binder.get(environment)
            .bind("mistral.simulator", MistralSimulatorProperties.class)
            .orElseGet(MistralSimulatorProperties::new);
    MockMistralServer.Builder builder =
        MockMistralServer.builder()
            .tokenDelay(settings.getTokenDelay())
            .retireFineTuning(settings.isRetireFineTuning());
    if (settings.getSeed() != null) {
      builder.seed(settings.getSeed());
    }
    return builder.start();
  }

  @Bean
  MistralConnectionDetails mockMistralConnectionDetails(MockMistralServer server) {
    return new MockMistralConnectionDetails(server.baseUrl(), API_KEY);
  }

  /** Connection details for the simulator. */
  record MockMistralConnectionDetails(String baseUrl, String apiKey)
      implements MistralConnectionDetails {}
}
