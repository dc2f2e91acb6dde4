package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.internal.CallLimits.Phase;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import org.jspecify.annotations.Nullable;
import reactor.util.context.ContextView;

/**
 * What one attempt at a call has done so far: the phase it is in (which tells whether the request
 * may have reached the server), its progress (which the {@link Watchdog} reads to tell a slow
 * server from a dead one) and whether it produced a value (after which it is never retried). The
 * HTTP layer finds it in the Reactor context of the exchange, under {@link #KEY}.
 */
final class Attempt {

  /** The Reactor context key under which an exchange carries its attempt. */
  static final String KEY = Attempt.class.getName();

  private static final AtomicLongFieldUpdater<Attempt> PROGRESS =
      AtomicLongFieldUpdater.newUpdater(Attempt.class, "progress");

  private volatile Phase phase = Phase.CONNECTING;
  private volatile long progress;
  private volatile boolean emitted;

  /** The attempt an exchange's context carries, or null. */
  static @Nullable Attempt of(ContextView context) {
    return context.getOrDefault(KEY, null);
  }

  /**
   * Moves on to a later phase; an earlier one is ignored (an answer may come before sending ends).
   */
  void enter(Phase next) {
    if (next.compareTo(phase) > 0) {
      phase = next;
    }
  }

  Phase phase() {
    return phase;
  }

  /**
   * Whether the request may have reached the server: once its headers were about to be written.
   * Before that (no connection, pool exhausted, refused) repeating it can never duplicate work.
   */
  boolean requestSent() {
    return phase != Phase.CONNECTING;
  }

  /** Counts a piece of progress; called on the connection's thread, read by the watchdog. */
  void progress() {
    // One writer per attempt at a time: an ordered store is enough, and costs no fence.
    PROGRESS.lazySet(this, progress + 1);
  }

  long progressCount() {
    return progress;
  }

  void markEmitted() {
    if (!emitted) {
      emitted = true;
    }
  }

  /** Whether the attempt handed a value to its subscriber: a call that did is never retried. */
  boolean emitted() {
    return emitted;
  }
}
