package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A Reactor {@link Retry} that applies the client's retry rules to one request: what may be
 * retried, how long to wait (backoff with jitter, or the server's {@code Retry-After} up to a cap,
 * with a little jitter upwards), never once a stream has emitted data, and never a body that can be
 * sent only once after anything of it was sent. When it gives up, the last failure is passed on as
 * is.
 */
final class RetryDecider extends Retry {

  /** Server-given delays are lengthened by up to this fraction of themselves... */
  static final double SERVER_DELAY_JITTER = 0.1;

  /** ...or up to this much, whichever is more, so that even a zero delay is spread. */
  static final Duration MIN_SERVER_DELAY_JITTER = Duration.ofMillis(250);

  private final RetryPolicy policy;
  private final MistralRequest request;
  private final BooleanSupplier streamEmitted;

  RetryDecider(RetryPolicy policy, MistralRequest request, BooleanSupplier streamEmitted) {
    this.policy = policy;
    this.request = request;
    this.streamEmitted = streamEmitted;
  }

  @Override
  public Publisher<?> generateCompanion(Flux<RetrySignal> signals) {
    return signals.concatMap(
        signal -> {
          Throwable failure = signal.failure();
          Duration delay = delayBeforeRetry(failure, signal.totalRetries());
          return delay == null ? Mono.error(failure) : Mono.delay(delay);
        });
  }

  /** The wait before the next attempt, or null when the failure must not be retried. */
  @Nullable Duration delayBeforeRetry(Throwable failure, long retriesSoFar) {
    if (retriesSoFar >= policy.maxRetries() || streamEmitted.getAsBoolean()) {
      return null;
    }
    if (!isRetryable(failure)) {
      return null;
    }
    if (failure instanceof MistralApiException api && api.retryAfter().isPresent()) {
      Duration asked = api.retryAfter().get();
      return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : withServerJitter(asked);
    }
    Duration base = policy.backoff(retriesSoFar);
    long millis = base.toMillis();
    long jitter = (long) (millis * policy.jitter() * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(millis - jitter);
  }

  /**
   * The server's delay, plus a random extra of up to a tenth of it (at least up to 250 ms), so that
   * clients told the same time do not all come back at once; never shorter than asked. A policy
   * without jitter waits exactly the delay.
   */
  Duration withServerJitter(Duration asked) {
    if (policy.jitter() == 0) {
      return asked;
    }
    long askedMillis = asked.toMillis();
    long spread =
        Math.max(MIN_SERVER_DELAY_JITTER.toMillis(), (long) (askedMillis * SERVER_DELAY_JITTER));
    return asked.plusMillis(ThreadLocalRandom.current().nextLong(spread + 1));
  }

  private boolean isRetryable(Throwable failure) {
    if (!request.bodyRepeatable()) {
      // A body that can be read only once is never sent twice: only a failure before anything was
      // sent, with the body still unread, leaves it whole for another attempt.
      return failure instanceof MistralIoException io
          && !io.requestSent()
          && !request.bodyConsumed();
    }
    MistralOperation operation = request.operation();
    if (failure instanceof MistralRateLimitException) {
      return true;
    }
    if (failure instanceof MistralIoException io) {
      return !io.requestSent() || operation.repeatable();
    }
    if (failure instanceof MistralTimeoutException) {
      return operation.repeatable();
    }
    if (failure instanceof MistralApiException api) {
      int status = api.statusCode();
      return operation.repeatable() && (status == 408 || status == 409 || status >= 500);
    }
    return false;
  }
}
