package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralErrorResponse;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The retry rules for bodies that can be sent only once, and the jitter on server delays. */
class RetryDeciderTest {

  static final MistralOperation UPLOAD = MistralOperation.statefulPost("files.upload", "/v1/files");

  static final MistralOperation CHAT =
      MistralOperation.statelessPost("chat", "/v1/chat/completions");

  static MistralRateLimitException rateLimited(Duration retryAfter) {
    return new MistralRateLimitException(
        new MistralErrorResponse(
            "POST", "/v1/files", 429, Map.of(), "", null, null, null, null, retryAfter));
  }

  @Test
  void aBodySentOnceIsNotRetriedAfterA429NorAfterAFailureOnceSent() {
    AtomicBoolean read = new AtomicBoolean(true);
    RetryDecider decider =
        new RetryDecider(
            RetryPolicy.defaults(), MistralRequest.of(UPLOAD).bodySentOnce(read::get), () -> false);

    assertThat(decider.delayBeforeRetry(rateLimited(Duration.ofSeconds(1)), 0)).isNull();
    assertThat(decider.delayBeforeRetry(rateLimited(null), 0)).isNull();
    assertThat(decider.delayBeforeRetry(new MistralIoException("reset", true, null), 0)).isNull();
    // Not sent, but its stream was opened: it is no longer whole.
    assertThat(decider.delayBeforeRetry(new MistralIoException("refused", false, null), 0))
        .isNull();
  }

  @Test
  void aBodySentOnceIsRetriedAfterAFailureBeforeItWasRead() {
    RetryDecider decider =
        new RetryDecider(
            RetryPolicy.defaults(),
            MistralRequest.of(UPLOAD).bodySentOnce(() -> false),
            () -> false);

    assertThat(decider.delayBeforeRetry(new MistralIoException("refused", false, null), 0))
        .isNotNull();
  }

  @Test
  void aRepeatableUploadIsStillRetriedAfterA429() {
    RetryDecider decider =
        new RetryDecider(RetryPolicy.defaults(), MistralRequest.of(UPLOAD), () -> false);

    assertThat(decider.delayBeforeRetry(rateLimited(Duration.ofSeconds(1)), 0))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aServerDelayIsLengthenedByAtMostATenthOrAQuarterSecond() {
    RetryDecider decider =
        new RetryDecider(RetryPolicy.defaults(), MistralRequest.of(CHAT), () -> false);
    Set<Duration> zeroes = new HashSet<>();
    Set<Duration> tens = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      Duration zero = decider.delayBeforeRetry(rateLimited(Duration.ZERO), 0);
      Duration ten = decider.delayBeforeRetry(rateLimited(Duration.ofSeconds(10)), 0);
      assertThat(zero).isBetween(Duration.ZERO, Duration.ofMillis(250));
      assertThat(ten).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(11));
      zeroes.add(zero);
      tens.add(ten);
    }
    // Spread, not one fixed extra.
    assertThat(zeroes.size()).isGreaterThan(50);
    assertThat(tens.size()).isGreaterThan(50);
  }

  @Test
  void aPolicyWithoutJitterWaitsExactlyTheServerDelay() {
    RetryDecider decider =
        new RetryDecider(
            RetryPolicy.defaults().withJitter(0), MistralRequest.of(CHAT), () -> false);

    assertThat(decider.delayBeforeRetry(rateLimited(Duration.ofSeconds(2)), 0))
        .isEqualTo(Duration.ofSeconds(2));
  }
}
