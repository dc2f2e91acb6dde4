package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralRateLimitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a 429's delay headers are read as: {@code Retry-After} only as non-negative seconds (digits
 * and an optional fraction) or an HTTP date, anything else as absent; {@code retry-after-ms} first
 * when it is valid.
 */
class RetryAfterHttpTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  static Stream<Arguments> headers() {
    Object[][] cases = {
      {"Retry-After: NaN", null},
      {"Retry-After: 0x1p2", null},
      {"Retry-After: Infinity", null},
      {"Retry-After: -1", null},
      {"Retry-After: 1e3", null},
      {"Retry-After: +5", null},
      {"Retry-After: 2", Duration.ofSeconds(2)},
      {"Retry-After: 1.5", Duration.ofMillis(1500)},
      {"Retry-After: 60\r\nretry-after-ms: 1500", Duration.ofMillis(1500)},
      {"Retry-After: 3\r\nretry-after-ms: NaN", Duration.ofSeconds(3)},
      {"retry-after-ms: 250.5", Duration.ofMillis(251)},
    };
    List<Arguments> arguments = new ArrayList<>();
    for (TransportPath path : TransportPath.values()) {
      for (Object[] c : cases) {
        arguments.add(Arguments.of(path, c[0], c[1]));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("headers")
  void aRateLimitCarriesOnlyAValidDelay(TransportPath path, String header, Duration expected)
      throws Exception {
    String body = "{\"message\": \"Requests rate limit exceeded\"}";
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                            + header
                            + "\r\nContent-Length: "
                            + body.length()
                            + "\r\n\r\n"
                            + body)));
        MistralClient client =
            path.configure(builder(server.baseUrl())).retryPolicy(RetryPolicy.none()).build()) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.chat().complete(ReliabilityFixtures.request()))
                  .isInstanceOfSatisfying(
                      MistralRateLimitException.class,
                      limited ->
                          assertThat(limited.retryAfter())
                              .isEqualTo(java.util.Optional.ofNullable(expected))));
    }
  }
}
