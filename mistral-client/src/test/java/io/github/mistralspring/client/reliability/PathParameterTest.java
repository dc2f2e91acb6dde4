package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/**
 * A path parameter can never address another path: {@code .}, {@code ..}, values that decode to
 * them, and values that hold them between slashes are refused before anything is sent.
 */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class PathParameterTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  static Stream<Arguments> dotSegments() {
    List<Arguments> cases = new ArrayList<>();
    for (TransportPath path : TransportPath.values()) {
      for (String id :
          List.of("..", ".", "%2e%2e", "%2E", "%252e%252e", "../cancel", "a/../b", "..\\x")) {
        cases.add(Arguments.of(path, id));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dotSegments")
  void aDotSegmentIdIsRefusedBeforeAnythingIsSent(TransportPath path, String id) throws Exception {
    try (RawHttpStub server = new RawHttpStub(List.of(write("HTTP/1.1 500 Unreachable\r\n\r\n")));
        MistralClient client = path.configure(builder(server.baseUrl())).build()) {
      assertTimeoutPreemptively(
          BOUND,
          () -> {
            assertThatThrownBy(() -> client.fineTuning().cancel(id))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("job_id")
                .hasMessageContaining("'.' or '..'");
            StepVerifier.create(client.reactive().files().retrieve(id))
                .expectErrorSatisfies(
                    failure ->
                        assertThat(failure)
                            .isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("file_id"))
                .verify(BOUND);
          });
      assertThat(server.connections()).isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void anEmptyOrBlankIdIsRefusedBeforeAnythingIsSent(String id) throws Exception {
    try (RawHttpStub server = new RawHttpStub(List.of(write("HTTP/1.1 500 Unreachable\r\n\r\n")));
        MistralClient client = builder(server.baseUrl()).build()) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.fineTuning().cancel(id))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageMatching("(?s).*(job_id|jobId).*"));
      assertThat(server.connections()).isZero();
    }
  }
}
