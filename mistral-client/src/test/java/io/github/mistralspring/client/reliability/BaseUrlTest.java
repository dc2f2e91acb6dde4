package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.CHAT_RESPONSE;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A base URL that ends in {@code /v1} is taken without it, since every path starts with {@code
 * /v1}; one without a scheme is refused with the URL it probably meant.
 */
class BaseUrlTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  @ParameterizedTest
  @ValueSource(strings = {"/v1", "/v1/", "/V1"})
  void aBaseUrlEndingInTheVersionDoesNotDoubleIt(String suffix) throws Exception {
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                            + CHAT_RESPONSE.length()
                            + "\r\n\r\n"
                            + CHAT_RESPONSE)));
        MistralClient client = builder(server.baseUrl() + suffix).build()) {
      assertTimeoutPreemptively(BOUND, () -> client.chat().complete(ReliabilityFixtures.request()));
      assertThat(server.heads().get(0)).startsWith("POST /v1/chat/completions HTTP/1.1");
      assertThat(client.settings().baseUrl()).isEqualTo(server.baseUrl());
    }
  }

  @Test
  void aBaseUrlWithoutSchemeIsRefusedWithTheUrlItMeant() {
    assertThatThrownBy(() -> builder("localhost:8080").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no scheme")
        .hasMessageContaining("https://localhost:8080");
    assertThatThrownBy(() -> builder("api.mistral.ai").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://api.mistral.ai");
  }
}
