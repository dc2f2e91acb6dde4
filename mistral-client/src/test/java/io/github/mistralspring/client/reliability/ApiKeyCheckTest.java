package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.CHAT_RESPONSE;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralIoException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An API key that cannot be sent as a header value (CR, LF, NUL, other control characters,
 * non-ASCII) is refused when the client is built, or, from a supplier, when the call is made and
 * before anything is sent; the message names where the key comes from and never holds it.
 * Surrounding whitespace is trimmed.
 */
class ApiKeyCheckTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  @ParameterizedTest
  @ValueSource(
      strings = {
        KEY + "\r\nX-Injected: yes",
        KEY + "\nmore",
        "sk-\u0000" + KEY,
        "sk-\u0007" + KEY,
        "sk-caf\u00e9" + KEY,
        KEY + "\u2028" + KEY
      })
  void aKeyThatIsNotAHeaderValueIsRefusedWhenTheClientIsBuilt(String key) {
    MistralClientBuilder builder = MistralClient.builder().apiKey(key);

    for (Runnable build : List.<Runnable>of(builder::build, builder::buildReactive)) {
      assertThatThrownBy(build::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("apiKey(..)")
          .hasMessageContaining("mistral.api-key")
          .hasMessageNotContaining(KEY)
          .hasMessageNotContaining("sk-");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void surroundingWhitespaceIsTrimmed(TransportPath path) throws Exception {
    try (RawHttpStub server = okServer();
        MistralClient client =
            path.configure(MistralClient.builder().apiKey("  " + KEY + " \r\n"))
                .baseUrl(server.baseUrl())
                .build()) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThat(client.chat().complete(ReliabilityFixtures.request()).firstContent())
                  .isEqualTo(ReliabilityFixtures.ANSWER));
      assertThat(server.heads().get(0))
          .containsIgnoringCase("Authorization: Bearer " + KEY + "\r\n");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aSuppliedKeyWithALineBreakFailsTheCallBeforeAnythingIsSent(TransportPath path)
      throws Exception {
    AtomicInteger asked = new AtomicInteger();
    try (RawHttpStub server = okServer();
        MistralClient client =
            path.configure(
                    MistralClient.builder()
                        .apiKeySupplier(
                            () -> {
                              asked.incrementAndGet();
                              return KEY + "\r\nX-Injected: yes";
                            }))
                .baseUrl(server.baseUrl())
                .build()) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.chat().complete(ReliabilityFixtures.request()))
                  .isInstanceOf(MistralException.class)
                  .isNotInstanceOf(MistralIoException.class)
                  .hasMessageContaining("apiKeySupplier(..)")
                  .hasMessageContaining("nothing was sent")
                  .hasMessageNotContaining(KEY));
      assertThat(server.connections()).isZero();
      // Not retried: the key was asked for once.
      assertThat(asked.get()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aSupplierThatGivesNoKeyFailsTheCallNamingTheSupplier(TransportPath path) throws Exception {
    for (String given : new String[] {null, " \n"}) {
      try (RawHttpStub server = okServer();
          MistralClient client =
              path.configure(MistralClient.builder().apiKeySupplier(() -> given))
                  .baseUrl(server.baseUrl())
                  .build()) {
        assertTimeoutPreemptively(
            BOUND,
            () ->
                assertThatThrownBy(() -> client.chat().complete(ReliabilityFixtures.request()))
                    .isInstanceOf(MistralException.class)
                    .hasMessageContaining("apiKeySupplier(..) returned")
                    .hasMessageContaining(given == null ? "null" : "blank")
                    .hasMessageContaining("nothing was sent"));
        assertThat(server.connections()).isZero();
      }
    }
  }

  private static RawHttpStub okServer() throws Exception {
    return new RawHttpStub(
        List.of(
            write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + CHAT_RESPONSE.length()
                    + "\r\n\r\n"
                    + CHAT_RESPONSE)));
  }
}
