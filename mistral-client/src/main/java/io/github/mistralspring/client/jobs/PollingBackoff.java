package io.github.mistralspring.client.jobs;

import java.time.Duration;
import java.util.Objects;

/**
 * How often {@code awaitCompletion} asks for a job's status: first after {@code initialDelay}, then
 * after delays multiplied by {@code multiplier}, never longer than {@code maxDelay}.
 *
 * @param initialDelay the delay between the first and the second poll
 * @param maxDelay the longest delay between two polls
 * @param multiplier the factor by which each delay grows, at least 1
 */
public record PollingBackoff(Duration initialDelay, Duration maxDelay, double multiplier) {

  /** One second, doubling up to thirty seconds. */
  public static final PollingBackoff DEFAULT =
      new PollingBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2.0);

  /**
   * Validates the values.
   *
   * @param initialDelay the delay between the first and the second poll, positive
   * @param maxDelay the longest delay between two polls, at least {@code initialDelay}
   * @param multiplier the factor by which each delay grows, at least 1
   * @throws IllegalArgumentException when a value is out of range (the message says which)
   */
  public PollingBackoff {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("initialDelay must be positive: " + initialDelay);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException("maxDelay must be at least initialDelay: " + maxDelay);
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1: " + multiplier);
    }
  }

  /**
   * A fixed delay between polls.
   *
   * @param delay the delay between two polls, positive
   * @return a backoff that never grows
   */
  public static PollingBackoff fixed(Duration delay) {
    return new PollingBackoff(delay, delay, 1.0);
  }

  /**
   * The delay after the poll numbered {@code attempt}.
   *
   * @param attempt the number of the poll just made, 0 for the first
   * @return how long to wait before the next poll, never more than {@link #maxDelay()}
   */
  public Duration delay(long attempt) {
    double nanos = initialDelay.toNanos() * Math.pow(multiplier, Math.min(attempt, 64));
    return nanos >= maxDelay.toNanos() ? maxDelay : Duration.ofNanos((long) nanos);
  }
}
