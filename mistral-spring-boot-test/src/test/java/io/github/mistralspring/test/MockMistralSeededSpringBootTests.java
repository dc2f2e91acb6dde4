package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestPropertySource;

/** A test that fixes the simulator's ids with mistral.simulator.seed. */
@SpringBootTest(classes = MockMistralSpringBootTests.UserApplication.class)
@AutoConfigureMockMistral
@TestPropertySource(properties = {"mistral.simulator.seed=11", "mistral.simulator.token-delay=5ms"})
class MockMistralSeededSpringBootTests {

  @Autowired MockMistralServer server;

  @Test
  void takesTheSeedAndTokenDelayFromTheProperties() {
    assertThat(server.seed()).isEqualTo(11L);
    assertThat(server.tokenDelay()).isEqualTo(Duration.ofMillis(5));
  }
}
