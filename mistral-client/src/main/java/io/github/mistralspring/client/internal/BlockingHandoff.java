package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralInterruptedException;
import java.lang.invoke.VarHandle;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * The hand-off between a subscriber to a {@link Flux}, on the connection's thread, and one reader
 * that blocks on the caller's thread: what every blocking read of a streaming call ({@link
 * BlockingStream}, {@link DataBufferInputStream}) waits through.
 *
 * <ul>
 *   <li>Bounded demand: it asks for {@code prefetch} values, then for more each time the reader has
 *       used three quarters of them up ({@link #consumed()}); its queue holds no more than that,
 *       and a flux that sends more than it was asked for fails with an overflow.
 *   <li>Cancellation: {@link #close()}, from any thread, any number of times, cancels the flux and
 *       wakes a waiting reader. Values that hold something (a network buffer) are given to the
 *       release function when they are refused or left unread; others are left to the collector.
 *   <li>Waiting: the reader parks only when the queue is empty, and the writer wakes it only then,
 *       so a reader that keeps up costs one park and one unpark per value, and one that falls
 *       behind costs none. A wait ends with a value, the flux's end or failure, a close, or an
 *       interrupt; its bound is the call's own timeouts (see {@code CallLimits}), which end the
 *       flux.
 *   <li>Errors: the flux's failure is thrown on the reader's thread as {@link Blocking} throws a
 *       call's, the same exception every time it is asked for.
 * </ul>
 *
 * @param <T> the type of the values handed off
 */
final class BlockingHandoff<T> implements CoreSubscriber<T> {

  @SuppressWarnings("rawtypes")
  private static final AtomicReferenceFieldUpdater<BlockingHandoff, Subscription> SUBSCRIPTION =
      AtomicReferenceFieldUpdater.newUpdater(
          BlockingHandoff.class, Subscription.class, "subscription");

  @SuppressWarnings("rawtypes")
  private static final AtomicReferenceFieldUpdater<BlockingHandoff, Thread> WAITER =
      AtomicReferenceFieldUpdater.newUpdater(BlockingHandoff.class, Thread.class, "waiter");

  private final Queue<T> queue;
  private final int prefetch;
  private final int limit;
  // Null for values that hold nothing: then nothing is drained, and the queue has one consumer.
  private final @Nullable Consumer<? super T> release;
  // For the message of a wait refused on a thread that must never block.
  private final String reading;
  private final String reactive;

  private volatile @Nullable Subscription subscription;
  private volatile boolean done;
  private volatile @Nullable Throwable error;
  private volatile boolean closed;
  // Whether the flux had ended and every value was taken when the hand-off was closed.
  private volatile boolean endedBeforeClose;
  private volatile @Nullable Thread waiter;
  // Only the reader touches these.
  private int consumed;
  private @Nullable RuntimeException thrown;

  private BlockingHandoff(
      Queue<T> queue,
      int prefetch,
      @Nullable Consumer<? super T> release,
      String reading,
      String reactive) {
    this.queue = queue;
    this.prefetch = prefetch;
    this.limit = Math.max(1, prefetch - (prefetch >> 2));
    this.release = release;
    this.reading = reading;
    this.reactive = reactive;
  }

  /**
   * A hand-off of values that hold nothing: its queue is read by the reader alone, without a lock;
   * values left when it is closed go with it.
   *
   * @param prefetch how many values may wait for the reader
   * @param reading what is read, for the message of a refused wait, such as {@code "A blocking
   *     Mistral stream"}
   * @param reactive what to use instead, such as {@code "stream"}
   */
  static <T> BlockingHandoff<T> of(int prefetch, String reading, String reactive) {
    return new BlockingHandoff<>(Queues.<T>get(prefetch).get(), prefetch, null, reading, reactive);
  }

  /**
   * A hand-off of values that must be released (network buffers): every value it is given is
   * released, by the reader once it is used up, by the hand-off when it is refused or left unread;
   * its queue can be drained by whichever thread closes it. The parameters are {@link #of}'s.
   */
  static <T> BlockingHandoff<T> releasing(
      int prefetch, Consumer<? super T> release, String reading, String reactive) {
    return new BlockingHandoff<>(
        new ArrayBlockingQueue<>(prefetch), prefetch, release, reading, reactive);
  }

  /**
   * Subscribes to {@code source} now, so that the request is sent. Inside a blocking {@code
   * withRawResponse}, it then waits for the response (its first value, its end or its failure,
   * which is thrown), so that the response's head is known when the reader is returned.
   */
  void start(Flux<T> source) {
    boolean raw = ResponseCapture.current() != null;
    ResponseCapture.onThread(source).subscribe(this);
    if (raw) {
      awaitResponse();
    }
  }

  // Waits for the first signal without taking it; the head was recorded before it came.
  private void awaitResponse() {
    while (queue.isEmpty() && !done && !closed) {
      if (await()) {
        throw new MistralInterruptedException(
            "The thread waiting for a Mistral call was interrupted: the call was cancelled",
            new InterruptedException("interrupted while waiting for the response"));
      }
    }
    if (queue.isEmpty()) {
      RuntimeException failure = failure();
      if (failure != null) {
        throw failure;
      }
    }
  }

  // The writer's side: one signal at a time, as Reactive Streams guarantees.

  @Override
  public void onSubscribe(Subscription s) {
    if (Operators.setOnce(SUBSCRIPTION, this, s)) {
      s.request(prefetch);
    }
  }

  @Override
  public void onNext(T value) {
    // After an end (an overflow ends it here) a source that ignores the cancel may still send.
    if (closed || done) {
      discard(value);
      return;
    }
    if (!queue.offer(value)) {
      // More values than were asked for: the flux broke its contract.
      discard(value);
      Operators.terminate(SUBSCRIPTION, this);
      onError(Exceptions.failWithOverflow());
      return;
    }
    // The queue's write is ordered only with later writes: without a full fence, a reader that had
    // just found the queue empty and was about to park, or a close that had just drained it, could
    // be missed.
    VarHandle.fullFence();
    if (closed) {
      drain();
    }
    wake();
  }

  @Override
  public void onError(Throwable failure) {
    error = failure;
    done = true;
    wake();
  }

  @Override
  public void onComplete() {
    done = true;
    wake();
  }

  // Taken by the one wake that unparks it: a reader that takes a while to run again is not
  // unparked once more for every value that comes in the meantime.
  private void wake() {
    if (waiter != null) {
      Thread reader = WAITER.getAndSet(this, null);
      if (reader != null) {
        LockSupport.unpark(reader);
      }
    }
  }

  private void discard(T value) {
    if (release != null) {
      release.accept(value);
    }
  }

  /** Releases the values still queued; nothing for values that hold nothing. */
  void drain() {
    if (release != null) {
      for (T value = queue.poll(); value != null; value = queue.poll()) {
        release.accept(value);
      }
    }
  }

  /** Cancels the flux and wakes a waiting reader; from any thread, any number of times. */
  void close() {
    if (!closed) {
      endedBeforeClose = done && queue.isEmpty();
      closed = true;
      Operators.terminate(SUBSCRIPTION, this);
      drain();
      wake();
    }
  }

  // The reader's side.

  /** Whether {@link #close()} was called. */
  boolean isClosed() {
    return closed;
  }

  /** Whether the flux had ended and every value was taken when the hand-off was closed. */
  boolean endedBeforeClose() {
    return endedBeforeClose;
  }

  /** Whether the flux has ended; read before {@link #poll()}, so that no value is missed. */
  boolean isDone() {
    return done;
  }

  /** Whether no value is queued. */
  boolean isEmpty() {
    return queue.isEmpty();
  }

  /** The next queued value without waiting, or null when none is. */
  @Nullable T poll() {
    return queue.poll();
  }

  /** Counts one value as used up; asks the flux for more once enough are. */
  void consumed() {
    if (++consumed == limit) {
      consumed = 0;
      Subscription s = subscription;
      if (s != null) {
        s.request(limit);
      }
    }
  }

  /** The flux's failure as the reader throws it, the same each time; null when it did not fail. */
  @Nullable RuntimeException failure() {
    Throwable failure = error;
    if (failure == null) {
      return null;
    }
    if (thrown == null) {
      thrown = Blocking.rethrowable(failure);
    }
    return thrown;
  }

  /**
   * Waits until a value is queued, the flux ends or the hand-off is closed (returning at once when
   * one of them already happened).
   *
   * @return true when the reader was interrupted while nothing came: the hand-off is then closed,
   *     and the reader throws its own exception for it
   * @throws IllegalStateException on a thread that must never block; the hand-off is then closed
   */
  boolean await() {
    if (Schedulers.isInNonBlockingThread()) {
      close();
      throw new IllegalStateException(
          reading
              + " was read on "
              + Thread.currentThread().getName()
              + ", a thread that must never block: use the reactive "
              + reactive
              + " (Flux) there");
    }
    Thread reader = Thread.currentThread();
    waiter = reader;
    // Checked again after announcing the wait: a value, end or close that came just before is
    // seen here, one that comes after unparks this thread.
    if (queue.isEmpty() && !done && !closed) {
      LockSupport.park(this);
    }
    waiter = null;
    if (reader.isInterrupted() && queue.isEmpty() && !done && !closed) {
      close();
      return true;
    }
    return false;
  }
}
