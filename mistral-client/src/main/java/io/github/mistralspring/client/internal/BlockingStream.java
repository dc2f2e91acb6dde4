package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralInterruptedException;
import java.lang.invoke.VarHandle;
import java.util.Queue;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.Exceptions;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;

/**
 * The blocking face of a streaming call: a {@link Stream} read on the caller's thread from a
 * bounded queue that a subscriber to the {@link Flux} fills, asking the flux for a bounded number
 * of values ahead of the reader.
 *
 * <p>How a read ends:
 *
 * <ul>
 *   <li>After the last value of a flux that completed: the stream ends.
 *   <li>After the values that came before a failure: the failure is thrown as it is (the client's
 *       exception for it).
 *   <li>When the stream is {@link Stream#close() closed}, from any thread, before the flux ended:
 *       the flux is cancelled (its connection closed) and a reader, blocked or not, is woken and
 *       gets a {@link CancellationException} saying that the stream was closed. Not a normal end,
 *       which would pass a cut answer off as whole, and not a {@code MistralException}, which would
 *       blame the API or the connection for what the application chose to do: {@code
 *       CancellationException} is Java's own word for work that was cancelled (as {@code
 *       Future.get()} throws), and is the {@link IllegalStateException} that using a closed {@code
 *       Stream} throws. A stream closed after its flux ended ends as the flux did.
 *   <li>When the reading thread is interrupted while it waits: the flux is cancelled and a {@link
 *       MistralInterruptedException} thrown, with the thread's interrupt flag kept.
 * </ul>
 *
 * <p>Values queued ahead cost the reader no lock and the writer no lock: the reader parks only when
 * the queue is empty, and the writer wakes it only then, so a reader that keeps up costs one park
 * and one unpark per value, and one that falls behind costs none.
 */
public final class BlockingStream<T> implements CoreSubscriber<T>, Spliterator<T> {

  /** Values asked for ahead of the reader: as many as {@code Flux.toStream()} asks for. */
  static final int PREFETCH = Queues.SMALL_BUFFER_SIZE;

  @SuppressWarnings("rawtypes")
  private static final AtomicReferenceFieldUpdater<BlockingStream, Subscription> SUBSCRIPTION =
      AtomicReferenceFieldUpdater.newUpdater(
          BlockingStream.class, Subscription.class, "subscription");

  @SuppressWarnings("rawtypes")
  private static final AtomicReferenceFieldUpdater<BlockingStream, Thread> WAITER =
      AtomicReferenceFieldUpdater.newUpdater(BlockingStream.class, Thread.class, "waiter");

  private final Queue<T> queue;
  private final int limit;

  private volatile Subscription subscription;

  private volatile boolean done;
  private Throwable error;
  private volatile boolean closed;
  private volatile Thread waiter;
  // Only the reader touches these.
  private int consumed;
  private RuntimeException thrown;

  private BlockingStream(int prefetch) {
    this.queue = Queues.<T>get(prefetch).get();
    this.limit = prefetch - (prefetch >> 2);
  }

  /**
   * Subscribes to {@code source} now (so the request is sent) and returns the stream that reads its
   * values; the stream must be closed. Inside a blocking {@code withRawResponse}, the stream is
   * returned once its response has come (its first value, its end or its failure, which is then
   * thrown), so that the response's head is known with it.
   */
  public static <T> Stream<T> of(Flux<T> source) {
    BlockingStream<T> values = new BlockingStream<>(PREFETCH);
    boolean raw = ResponseCapture.onThread();
    ResponseCapture.onThread(source).subscribe(values);
    if (raw) {
      values.awaitResponse();
    }
    return StreamSupport.stream(values, false).onClose(values::close);
  }

  // Waits for the first signal without taking it; the head was recorded before it came.
  private void awaitResponse() {
    while (queue.isEmpty() && !done && !closed) {
      await();
    }
    if (queue.isEmpty()) {
      end();
    }
  }

  // The writer's side: one onNext at a time, as Reactive Streams guarantees.

  @Override
  public void onSubscribe(Subscription s) {
    if (Operators.setOnce(SUBSCRIPTION, this, s)) {
      s.request(PREFETCH);
    }
  }

  @Override
  public void onNext(T value) {
    if (!queue.offer(value)) {
      // More values than were asked for: the flux broke its contract.
      Operators.terminate(SUBSCRIPTION, this);
      onError(Exceptions.failWithOverflow());
      return;
    }
    // The queue's write is ordered only with later writes: without a full fence, a reader that had
    // just found the queue empty and was about to park could be missed.
    VarHandle.fullFence();
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

  /** Cancels the flux and wakes a waiting reader; from any thread, any number of times. */
  void close() {
    if (!closed) {
      closed = true;
      Operators.terminate(SUBSCRIPTION, this);
      wake();
    }
  }

  // The reader's side.

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    T value = take();
    if (value == null) {
      return false;
    }
    action.accept(value);
    return true;
  }

  @Override
  public void forEachRemaining(Consumer<? super T> action) {
    for (T value = take(); value != null; value = take()) {
      action.accept(value);
    }
  }

  /** The next value, waiting for it; null at the end of a flux that completed. */
  private T take() {
    while (true) {
      boolean terminated = done;
      if (closed && !(terminated && queue.isEmpty())) {
        throw new CancellationException(
            "The stream was closed before it ended: the rest of the answer was not received");
      }
      T value = queue.poll();
      if (value != null) {
        if (++consumed == limit) {
          consumed = 0;
          subscription.request(limit);
        }
        return value;
      }
      if (terminated) {
        return end();
      }
      await();
    }
  }

  private T end() {
    Throwable failure = error;
    if (failure == null) {
      return null;
    }
    // Thrown again as it was the first time, should the reader ask again.
    if (thrown == null) {
      thrown = Blocking.rethrowable(failure);
    }
    throw thrown;
  }

  private void await() {
    if (Schedulers.isInNonBlockingThread()) {
      close();
      throw new IllegalStateException(
          "A blocking Mistral stream was read on "
              + Thread.currentThread().getName()
              + ", a thread that must never block: use the reactive stream (Flux) there");
    }
    Thread reader = Thread.currentThread();
    waiter = reader;
    // Checked again after announcing the wait: a value, end or close that came just before is
    // seen here, one that comes after unparks this thread.
    if (queue.isEmpty() && !done && !closed) {
      LockSupport.park(this);
    }
    waiter = null;
    if (reader.isInterrupted() && queue.isEmpty() && !done) {
      close();
      throw new MistralInterruptedException(
          "The thread reading a Mistral stream was interrupted: the stream was closed",
          new InterruptedException("interrupted while waiting for the next event"));
    }
  }

  @Override
  public Spliterator<T> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }
}
