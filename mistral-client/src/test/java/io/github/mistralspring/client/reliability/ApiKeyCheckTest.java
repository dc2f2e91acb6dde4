package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.CHAT_RESPONSE;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralIoException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.assertj.core.api.AbstractThrowableAssert;
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
    refusedBeforeAnythingIsSent(
            path,
            () -> {
              asked.incrementAndGet();
              return KEY + "\r\nX-Injected: yes";
            })
        .isNotInstanceOf(MistralIoException.class)
        .hasMessageContaining("apiKeySupplier(..)")
        .hasMessageNotContaining(KEY);
    // Not retried: the key was asked for once.
    assertThat(asked.get()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aSupplierThatGivesNoKeyFailsTheCallNamingTheSupplier(TransportPath path) throws Exception {
    refusedBeforeAnythingIsSent(path, () -> null)
        .hasMessageContaining("apiKeySupplier(..) returned")
        .hasMessageContaining("null");
    refusedBeforeAnythingIsSent(path, () -> " \n")
        .hasMessageContaining("apiKeySupplier(..) returned")
        .hasMessageContaining("blank");
  }

  // A chat call with the supplied key, to a server that would answer it: it must fail before any
  // connection is made. Returns the failure, a MistralException saying nothing was sent.
  private static AbstractThrowableAssert<?, ? extends Throwable> refusedBeforeAnythingIsSent(
      TransportPath path, Supplier<String> key) throws Exception {
    try (RawHttpStub server = okServer();
        MistralClient client =
            path.configure(MistralClient.builder().apiKeySupplier(key))
                .baseUrl(server.baseUrl())
                .build()) {
      Throwable failure =
          assertTimeoutPreemptively(
              BOUND,
              () -> catchThrowable(() -> client.chat().complete(ReliabilityFixtures.request())));
      assertThat(server.connections()).isZero();
      return assertThat(failure)
          .isInstanceOf(MistralException.class)
          .hasMessageContaining("nothing was sent");
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
