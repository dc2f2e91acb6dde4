package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralTimeoutException;
import java.time.Duration;

/**
 * The time bounds of one call, fixed when it starts and shared by its attempts: how long the server
 * may take the request body, the response head and the body, and the deadline for all of it,
 * retries included. A bound of zero or less is no bound.
 */
final class CallLimits {

  /** What a call is waiting for, in the order an attempt goes through them. */
  enum Phase {
    /** Waiting for a connection: bounded by the connect and pool acquire timeouts. */
    CONNECTING,
    /** Sending the request: bounded by the write timeout, between two pieces taken. */
    SENDING,
    /** Waiting for the response head. */
    AWAITING_RESPONSE,
    /** Reading the body: bounded by the idle timeout, between two pieces of progress. */
    READING
  }

  private final String call;
  private final boolean stream;
  private final Duration writeTimeout;
  private final Duration responseTimeout;
  private final Duration idleTimeout;
  private final Duration callTimeout;
  private final long deadline;

  /**
   * @param call the method and path, for messages
   * @param stream whether the response is an event stream, whose idle bound is the stream idle
   *     timeout rather than the response timeout
   * @param callTimeout the deadline of the whole call from now, retries included
   */
  CallLimits(
      String call,
      boolean stream,
      Duration writeTimeout,
      Duration responseTimeout,
      Duration idleTimeout,
      Duration callTimeout) {
    this.call = call;
    this.stream = stream;
    this.writeTimeout = writeTimeout;
    this.responseTimeout = responseTimeout;
    this.idleTimeout = idleTimeout;
    this.callTimeout = callTimeout;
    this.deadline = bounded(callTimeout) ? System.nanoTime() + nanos(callTimeout) : Long.MAX_VALUE;
  }

  String call() {
    return call;
  }

  /** The deadline, in {@link System#nanoTime()} terms; {@code Long.MAX_VALUE} for none. */
  long deadline() {
    return deadline;
  }

  /** Whether the deadline has passed, or would have after {@code delay}. */
  boolean expiredAfter(Duration delay) {
    return deadline != Long.MAX_VALUE && System.nanoTime() + nanos(delay) - deadline >= 0;
  }

  /** The longest time without progress in a phase, in nanoseconds; 0 for no bound. */
  long idleNanos(Phase phase) {
    Duration bound =
        switch (phase) {
          case CONNECTING -> null;
          case SENDING -> writeTimeout;
          case AWAITING_RESPONSE -> stream ? idleTimeout : responseTimeout;
          case READING -> stream ? idleTimeout : responseTimeout;
        };
    return bounded(bound) ? nanos(bound) : 0;
  }

  /** The exception for a phase that went without progress for its bound. */
  MistralTimeoutException idle(Phase phase) {
    return switch (phase) {
      case SENDING ->
          new MistralTimeoutException(
              "The server took none of the request body of "
                  + call
                  + " for "
                  + writeTimeout
                  + " (the write timeout: mistral.write-timeout, or writeTimeout(..) on the"
                  + " builder)",
              writeTimeout,
              null);
      case AWAITING_RESPONSE ->
          stream
              ? new MistralTimeoutException(
                  "No response to "
                      + call
                      + " within "
                      + idleTimeout
                      + " (the stream idle timeout: mistral.stream-idle-timeout, or"
                      + " streamIdleTimeout(..) on the builder)",
                  idleTimeout,
                  null)
              : new MistralTimeoutException(
                  "No response to "
                      + call
                      + " within "
                      + responseTimeout
                      + " (the response timeout: mistral.response-timeout, or responseTimeout(..)"
                      + " on the builder)",
                  responseTimeout,
                  null);
      case READING ->
          stream
              ? new MistralTimeoutException(
                  "No event on the stream of "
                      + call
                      + " for "
                      + idleTimeout
                      + " (the stream idle timeout: mistral.stream-idle-timeout, or"
                      + " streamIdleTimeout(..) on the builder)",
                  idleTimeout,
                  null)
              : new MistralTimeoutException(
                  "The response to "
                      + call
                      + " stalled: no data for "
                      + responseTimeout
                      + " (the response timeout: mistral.response-timeout, or responseTimeout(..)"
                      + " on the builder)",
                  responseTimeout,
                  null);
      case CONNECTING -> throw new IllegalArgumentException("Connecting has no idle bound");
    };
  }

  /** The exception for a call that passed its deadline. */
  MistralTimeoutException deadlinePassed() {
    return new MistralTimeoutException(
        call
            + " did not complete within its call timeout of "
            + callTimeout
            + " (mistral.call-timeout, callTimeout(..) on the builder, or a per-call timeout)",
        callTimeout,
        null);
  }

  private static boolean bounded(Duration duration) {
    return duration != null && !duration.isZero() && !duration.isNegative();
  }

  private static long nanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException huge) {
      return Long.MAX_VALUE / 2;
    }
  }
}
