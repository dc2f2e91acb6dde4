package io.github.mistralspring.client.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Enforces the time bounds of every call in flight, of every client, from one thread that looks at
 * them a few times a second. A call in flight costs its hot path one counter increment per piece of
 * progress rather than a timer per piece: a stream of many small events arms no timer per event.
 * Bounds are enforced within one tick ({@value #TICK_MILLIS} ms) of their expiry.
 */
final class Watchdog {

  /** A call in flight. */
  interface Watched {

    /**
     * Checks the call's bounds at {@code now} ({@link System#nanoTime()}); fails it if one ran out.
     */
    void check(long now);

    /** Fails the call at once, without waiting for anything. */
    void fail(Throwable failure);

    /** The transport the call belongs to. */
    Object owner();
  }

  static final long TICK_MILLIS = 20;

  private static final Log logger = LogFactory.getLog(Watchdog.class);

  private static final Watchdog INSTANCE = new Watchdog();

  private final Set<Watched> inFlight = ConcurrentHashMap.newKeySet();
  private volatile boolean started;

  private Watchdog() {}

  static Watchdog get() {
    return INSTANCE;
  }

  void watch(Watched call) {
    inFlight.add(call);
    if (!started) {
      start();
    }
  }

  void forget(Watched call) {
    inFlight.remove(call);
  }

  /** Runs {@code action} on every call in flight of one transport. */
  void forEachOf(Object owner, Consumer<Watched> action) {
    for (Watched call : inFlight) {
      if (call.owner() == owner) {
        action.accept(call);
      }
    }
  }

  /** How many calls are in flight, for tests. */
  int inFlight() {
    return inFlight.size();
  }

  private synchronized void start() {
    if (started) {
      return;
    }
    // A daemon thread of its own: never held up by work on Reactor's shared schedulers.
    Scheduler thread = Schedulers.newSingle("mistral-watchdog", true);
    thread.schedulePeriodically(this::scan, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    started = true;
  }

  private void scan() {
    long now = System.nanoTime();
    for (Watched call : inFlight) {
      try {
        call.check(now);
      } catch (RuntimeException | Error unexpected) {
        logger.error("Checking the time bounds of a Mistral call failed", unexpected);
      }
    }
  }
}
