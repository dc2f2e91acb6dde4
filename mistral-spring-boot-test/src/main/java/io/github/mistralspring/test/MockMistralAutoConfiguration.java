package io.github.mistralspring.test;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration imported by {@link AutoConfigureMockMistral}: a {@link MockMistralServer} bean
 * and the {@link MistralConnectionDetails} that point the client beans at it.
 */
@AutoConfiguration(before = MistralAutoConfiguration.class)
@ConditionalOnClass(MistralConnectionDetails.class)
public final class MockMistralAutoConfiguration {

  /** The API key the clients send to the simulator. */
  static final String API_KEY = "mock-mistral-key";

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  MockMistralServer mockMistralServer() {
    return MockMistralServer.start();
  }

  @Bean
  MistralConnectionDetails mockMistralConnectionDetails(MockMistralServer server) {
    return new MockMistralConnectionDetails(server.baseUrl(), API_KEY);
  }

  /** Connection details for the simulator. */
  record MockMistralConnectionDetails(String baseUrl, String apiKey)
      implements MistralConnectionDetails {}
}
