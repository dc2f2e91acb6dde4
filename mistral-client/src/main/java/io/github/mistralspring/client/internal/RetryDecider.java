package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.RetryPolicy;
import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * A Reactor {@link Retry} that applies the client's retry rules to one operation: what may be
 * retried, how long to wait (backoff with jitter, or the server's {@code Retry-After} up to a cap),
 * and never once a stream has emitted data. When it gives up, the last failure is passed on as is.
 */
final class RetryDecider extends Retry {

  private final RetryPolicy policy;
  private final MistralOperation operation;
  private final BooleanSupplier streamEmitted;

  RetryDecider(RetryPolicy policy, MistralOperation operation, BooleanSupplier streamEmitted) {
    this.policy = policy;
    this.operation = operation;
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
  Duration delayBeforeRetry(Throwable failure, long retriesSoFar) {
    if (retriesSoFar >= policy.maxRetries() || streamEmitted.getAsBoolean()) {
      return null;
    }
    if (!isRetryable(failure)) {
      return null;
    }
    if (failure instanceof MistralApiException api && api.retryAfter().isPresent()) {
      Duration asked = api.retryAfter().get();
      return asked.compareTo(policy.maxRetryAfter()) > 0 ? null : asked;
    }
    Duration base = policy.backoff(retriesSoFar);
    long millis = base.toMillis();
    long jitter = (long) (millis * policy.jitter() * ThreadLocalRandom.current().nextDouble());
    return Duration.ofMillis(millis - jitter);
  }

  private boolean isRetryable(Throwable failure) {
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
