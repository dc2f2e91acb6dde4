package io.github.mistralspring.client.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a failed call: how often, how long it waits, and how long a {@code
 * Retry-After} it will honour.
 *
 * <p>What is retried does not depend on the policy: a failure before the request was sent and a 429
 * always are; a 408, 409, 5xx, timeout or reset after the request was sent only for operations that
 * are safe to repeat; nothing after a stream has emitted data.
 *
 * @param maxRetries retries after the first attempt; 0 turns retrying off
 * @param initialBackoff the wait before the first retry, doubled for each further retry
 * @param maxBackoff the longest wait between two attempts when the server does not ask for one
 * @param jitter the fraction (0 to 1) of each wait that is randomised, so clients do not retry in
 *     step
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer one is not retried and
 *     the exception carries the delay the server asked for
 */
public record RetryPolicy(
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    double jitter,
    Duration maxRetryAfter) {

  /**
   * Validates the values.
   *
   * @param maxRetries retries after the first attempt, 0 or more
   * @param initialBackoff the wait before the first retry, not negative
   * @param maxBackoff the longest wait between two attempts, not negative
   * @param jitter the randomised fraction of each wait, from 0 to 1
   * @param maxRetryAfter the longest {@code Retry-After} honoured, not negative
   * @throws IllegalArgumentException when a value is out of range (the message names it)
   */
  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("Retry durations must not be negative");
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
  }

  /**
   * The default: 2 retries, backoff from 500 ms to 8 s with 50% jitter, Retry-After up to 60 s.
   *
   * @return the policy the client uses unless told otherwise
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(
        2, Duration.ofMillis(500), Duration.ofSeconds(8), 0.5, Duration.ofSeconds(60));
  }

  /**
   * No retries at all.
   *
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return defaults().withMaxRetries(0);
  }

  /**
   * A copy with another number of retries.
   *
   * @param retries retries after the first attempt, 0 or more
   * @return a copy of this policy with that number of retries
   */
  public RetryPolicy withMaxRetries(int retries) {
    return new RetryPolicy(retries, initialBackoff, maxBackoff, jitter, maxRetryAfter);
  }

  /**
   * A copy with other backoff bounds.
   *
   * @param initial the wait before the first retry, not negative
   * @param max the longest wait between two attempts, not negative
   * @return a copy of this policy with those bounds
   */
  public RetryPolicy withBackoff(Duration initial, Duration max) {
    return new RetryPolicy(maxRetries, initial, max, jitter, maxRetryAfter);
  }

  /**
   * A copy with another jitter fraction.
   *
   * @param fraction the randomised fraction of each wait, from 0 to 1
   * @return a copy of this policy with that jitter
   */
  public RetryPolicy withJitter(double fraction) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, fraction, maxRetryAfter);
  }

  /**
   * A copy with another cap on honoured {@code Retry-After} delays.
   *
   * @param cap the longest {@code Retry-After} honoured, not negative
   * @return a copy of this policy with that cap
   */
  public RetryPolicy withMaxRetryAfter(Duration cap) {
    return new RetryPolicy(maxRetries, initialBackoff, maxBackoff, jitter, cap);
  }

  /**
   * The wait before retry number {@code retry} (0 for the first), before jitter.
   *
   * @param retry the number of the retry, 0 for the first
   * @return the wait, doubling from {@link #initialBackoff()} up to {@link #maxBackoff()}
   */
  public Duration backoff(long retry) {
    long initial = initialBackoff.toMillis();
    long shift = Math.min(retry, 30);
    long millis = initial << shift;
    if (millis < initial || millis > maxBackoff.toMillis()) {
      millis = maxBackoff.toMillis();
    }
    return Duration.ofMillis(millis);
  }
}
