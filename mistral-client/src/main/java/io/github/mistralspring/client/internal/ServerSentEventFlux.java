package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.function.Consumer;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.util.concurrent.Queues;
import reactor.util.context.Context;

/**
 * The values of an event-stream body, decoded as its network buffers arrive: one operator in place
 * of a map, a flattening queue and a concatenation, since it runs once per buffer and once per
 * value of every stream.
 *
 * <p>Each buffer is decoded synchronously in {@code onNext}, before its owner may release it. When
 * the subscriber asked for everything (the usual case) the values go straight to it as they are
 * read; otherwise they wait in a queue, and a few buffers at a time are asked for while the queue
 * is short, so a slow subscriber holds back the connection rather than filling memory. An error
 * event, a parse failure and a truncated stream end the flux with an error after the values before
 * them.
 *
 * @param <T> the type each event's data is read into
 */
final class ServerSentEventFlux<T> extends Flux<T> {

  /** What a stream attempt has done so far, read by the retry that decides after a failure. */
  static final class Progress {
    private volatile boolean emitted;

    /** Whether a value has been decoded: a stream that produced data is never retried. */
    boolean emitted() {
      return emitted;
    }

    void markEmitted() {
      if (!emitted) {
        emitted = true;
      }
    }
  }

  private final Flux<?> body;
  private final ServerSentEventReader<T> reader;
  private final boolean requireDone;
  private final Progress progress;

  /**
   * @param body the network buffers: Netty {@link ByteBuf}s, which their owner releases after
   *     {@code onNext}, or Spring {@link DataBuffer}s, which this operator releases
   */
  ServerSentEventFlux(
      Flux<?> body, ServerSentEventReader<T> reader, boolean requireDone, Progress progress) {
    this.body = body;
    this.reader = reader;
    this.requireDone = requireDone;
    this.progress = progress;
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    body.subscribe(
        new EventSubscriber<>(actual, new ServerSentEventDecoder<>(reader, requireDone), progress));
  }

  private static final class EventSubscriber<T>
      implements CoreSubscriber<Object>, Subscription, Consumer<T> {

    @SuppressWarnings("rawtypes") // field updaters are made for the class, not a parameterization
    private static final AtomicIntegerFieldUpdater<EventSubscriber> WIP =
        AtomicIntegerFieldUpdater.newUpdater(EventSubscriber.class, "wip");

    @SuppressWarnings("rawtypes")
    private static final AtomicLongFieldUpdater<EventSubscriber> REQUESTED =
        AtomicLongFieldUpdater.newUpdater(EventSubscriber.class, "requested");

    // Under bounded demand: buffers asked for at a time, and the queue length above which no more
    // are asked for until the subscriber catches up.
    private static final int PREFETCH = 8;
    private static final int QUEUE_LOW = 64;

    private final CoreSubscriber<? super T> actual;
    private final ServerSentEventDecoder<T> decoder;
    private final Progress progress;

    private Subscription upstream;
    // Values decoded but not yet asked for: filled by onNext and onComplete, emptied by whoever
    // holds wip. Created on first use; under unbounded demand there is none.
    private volatile Queue<T> queue;
    private volatile int wip;
    private volatile long requested;
    private volatile boolean cancelled;
    private volatile boolean done;
    private Throwable error;
    // Set while onNext holds wip with unbounded demand and nothing queued: values skip the queue.
    private boolean direct;
    // Buffers asked for (changed only by whoever holds wip) and received (only by onNext).
    private boolean upstreamUnbounded;
    private long buffersRequested;
    private volatile long buffersReceived;

    EventSubscriber(
        CoreSubscriber<? super T> actual, ServerSentEventDecoder<T> decoder, Progress progress) {
      this.actual = actual;
      this.decoder = decoder;
      this.progress = progress;
    }

    @Override
    public Context currentContext() {
      return actual.currentContext();
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      if (Operators.validate(upstream, subscription)) {
        upstream = subscription;
        actual.onSubscribe(this);
      }
    }

    @Override
    public void onNext(Object item) {
      if (done || cancelled) {
        release(item);
        return;
      }
      buffersReceived++;
      if (requested == Long.MAX_VALUE && WIP.compareAndSet(this, 0, 1)) {
        Queue<T> waiting = queue;
        direct = waiting == null || waiting.isEmpty();
        try {
          read(item);
        } finally {
          direct = false;
        }
        // An error during the read still holds wip, to deliver it.
        if (!done && WIP.decrementAndGet(this) == 0) {
          return;
        }
        drainLoop();
        return;
      }
      read(item);
      drain();
    }

    private void read(Object item) {
      try {
        if (item instanceof ByteBuf buffer) {
          decoder.decode(buffer, this);
        } else {
          DataBuffer buffer = (DataBuffer) item;
          try {
            decoder.decode(buffer, this);
          } finally {
            DataBufferUtils.release(buffer);
          }
        }
      } catch (RuntimeException failure) {
        upstream.cancel();
        error = failure;
        done = true;
      }
    }

    private static void release(Object item) {
      if (item instanceof DataBuffer buffer) {
        DataBufferUtils.release(buffer);
      }
    }

    /** Receives each value from the decoder. */
    @Override
    public void accept(T value) {
      progress.markEmitted();
      if (direct) {
        if (!cancelled) {
          actual.onNext(value);
        }
      } else {
        enqueue(value);
      }
    }

    private void enqueue(T value) {
      Queue<T> waiting = queue;
      if (waiting == null) {
        waiting = Queues.<T>unbounded(32).get();
        queue = waiting;
      }
      waiting.offer(value);
    }

    @Override
    public void onError(Throwable failure) {
      if (done) {
        Operators.onErrorDropped(failure, actual.currentContext());
        return;
      }
      error = failure;
      done = true;
      drain();
    }

    @Override
    public void onComplete() {
      if (done) {
        return;
      }
      // Serialized with onNext: nothing else decodes now. The last values join the queue.
      try {
        decoder.finish(this::enqueueLast);
      } catch (RuntimeException failure) {
        error = failure;
      }
      done = true;
      drain();
    }

    private void enqueueLast(T value) {
      progress.markEmitted();
      enqueue(value);
    }

    @Override
    public void request(long n) {
      if (Operators.validate(n)) {
        Operators.addCap(REQUESTED, this, n);
        drain();
      }
    }

    @Override
    public void cancel() {
      if (!cancelled) {
        cancelled = true;
        upstream.cancel();
      }
    }

    private void drain() {
      if (WIP.getAndIncrement(this) != 0) {
        return;
      }
      drainLoop();
    }

    private void drainLoop() {
      int missed = 1;
      for (; ; ) {
        Queue<T> waiting = queue;
        if (cancelled) {
          if (waiting != null) {
            waiting.clear();
          }
          return;
        }
        long wanted = requested;
        long emitted = 0;
        if (waiting != null) {
          while (emitted != wanted) {
            if (cancelled) {
              waiting.clear();
              return;
            }
            T value = waiting.poll();
            if (value == null) {
              break;
            }
            actual.onNext(value);
            emitted++;
          }
        }
        // The queue is read again after done: onComplete may have created it for its last values.
        Queue<T> rest;
        if (done && ((rest = queue) == null || rest.isEmpty())) {
          Throwable failure = error;
          cancelled = true;
          if (failure != null) {
            actual.onError(failure);
          } else {
            actual.onComplete();
          }
          return;
        }
        if (emitted != 0 && wanted != Long.MAX_VALUE) {
          REQUESTED.addAndGet(this, -emitted);
        }
        if (!done) {
          requestBuffers(waiting);
        }
        missed = WIP.addAndGet(this, -missed);
        if (missed == 0) {
          return;
        }
      }
    }

    /**
     * Asks for buffers: all of them under unbounded demand; else a few more whenever few are on
     * their way and the queue is short.
     */
    private void requestBuffers(Queue<T> waiting) {
      if (upstreamUnbounded) {
        return;
      }
      long wanted = requested;
      if (wanted == Long.MAX_VALUE) {
        upstreamUnbounded = true;
        upstream.request(Long.MAX_VALUE);
        return;
      }
      if (wanted == 0 || (waiting != null && waiting.size() >= QUEUE_LOW)) {
        return;
      }
      long inFlight = buffersRequested - buffersReceived;
      if (inFlight <= PREFETCH / 2) {
        long more = PREFETCH - inFlight;
        buffersRequested += more;
        upstream.request(more);
      }
    }
  }
}
