package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.internal.CallLimits.Phase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.NettyDataBuffer;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.util.concurrent.Queues;
import reactor.util.context.Context;

/**
 * One attempt at a call, read above the {@link WireExchange}: the one operator that turns what the
 * wire brought — a response head, then body buffers — into values, whichever HTTP path brought it.
 *
 * <p>On the head, a {@link Reader} picks the {@link BodyDecoder} (an error, a JSON document, an
 * event stream, a download, decompressed or not). Each buffer is decoded synchronously in {@code
 * onNext}, before its owner may release it. When the subscriber asked for everything (the usual
 * case) values go straight to it as they are read; otherwise they wait in a queue, and a few
 * buffers at a time are asked for while the queue is short, so a slow subscriber holds back the
 * connection rather than filling memory. A failure while decoding ends the flux with that failure
 * after the values before it.
 *
 * <p>While subscribed the attempt is watched by the {@link Watchdog}, which fails it when a bound
 * of its {@link CallLimits} runs out: no progress for the phase's timeout (a pause the subscriber's
 * back-pressure causes is not counted), or the call's deadline. {@link Watchdog.Watched#fail} (a
 * timeout, the client closing) cancels the exchange, drops queued values and signals the failure at
 * once.
 *
 * @param <T> the type of the values
 */
final class ResponseFlux<T> extends Flux<T> {

  /** Chooses how to read a response from its head; throws to fail the attempt with that failure. */
  @FunctionalInterface
  interface Reader<T> {
    BodyDecoder<T> open(ResponseHead head);
  }

  private final Flux<Object> exchange;
  private final Reader<T> reader;
  private final CallLimits limits;
  private final Attempt attempt;
  private final Object owner;

  /**
   * @param exchange the wire's signals: the head, then Netty {@link ByteBuf}s (released by their
   *     owner after {@code onNext}) or Spring {@link DataBuffer}s (released here)
   * @param owner the transport, for {@link Watchdog#forEachOf}
   */
  ResponseFlux(
      Flux<Object> exchange, Reader<T> reader, CallLimits limits, Attempt attempt, Object owner) {
    this.exchange = exchange;
    this.reader = reader;
    this.limits = limits;
    this.attempt = attempt;
    this.owner = owner;
  }

  /**
   * The response of one attempt, typed as a plain {@link Flux}: a caller that only sees this
   * method's {@code Flux} return type does not make the verifier load {@code Flux} (a large class)
   * and this one to check that one is the other, so building a client loads neither.
   */
  static <T> Flux<T> of(
      Flux<Object> exchange, Reader<T> reader, CallLimits limits, Attempt attempt, Object owner) {
    return new ResponseFlux<>(exchange, reader, limits, attempt, owner);
  }

  @Override
  public void subscribe(CoreSubscriber<? super T> actual) {
    exchange.subscribe(new ResponseSubscriber<>(actual, reader, limits, attempt, owner));
  }

  private static final class ResponseSubscriber<T>
      implements CoreSubscriber<Object>, Subscription, BodyDecoder.Sink<T>, Watchdog.Watched {

    @SuppressWarnings("rawtypes") // field updaters are made for the class, not a parameterization
    private static final AtomicIntegerFieldUpdater<ResponseSubscriber> WIP =
        AtomicIntegerFieldUpdater.newUpdater(ResponseSubscriber.class, "wip");

    @SuppressWarnings("rawtypes")
    private static final AtomicIntegerFieldUpdater<ResponseSubscriber> TERMINATED =
        AtomicIntegerFieldUpdater.newUpdater(ResponseSubscriber.class, "terminated");

    @SuppressWarnings("rawtypes")
    private static final AtomicLongFieldUpdater<ResponseSubscriber> REQUESTED =
        AtomicLongFieldUpdater.newUpdater(ResponseSubscriber.class, "requested");

    // Under bounded demand: buffers asked for at a time, and the queue length above which no more
    // are asked for until the subscriber catches up.
    private static final int PREFETCH = 8;
    private static final int QUEUE_LOW = 64;

    private final CoreSubscriber<? super T> actual;
    private final Context context;
    private final Reader<T> reader;
    private final CallLimits limits;
    private final Attempt attempt;
    private final Object owner;

    private Subscription upstream;
    // Set on the head by onNext; read by the drain loop and the watchdog.
    private volatile BodyDecoder<T> decoder;
    // Values decoded but not yet asked for: filled by onNext and onComplete, emptied by whoever
    // holds wip. Created on first use; under unbounded demand there is none.
    private volatile Queue<T> queue;
    private volatile int wip;
    private volatile long requested;
    private volatile boolean cancelled;
    private volatile boolean done;
    // 1 once the outcome is decided: the first of completion, failure and fail() wins.
    private volatile int terminated;
    private Throwable error;
    // Set by fail(): the failure overtakes queued values.
    private volatile boolean failFast;
    // Set while onNext holds wip with unbounded demand and nothing queued: values skip the queue.
    private boolean direct;
    // Buffers asked for (changed only by whoever holds wip) and received (only by onNext). The
    // head counts as the first buffer.
    private boolean upstreamUnbounded;
    private long buffersRequested;
    private volatile long buffersReceived;
    // The watchdog's own view, touched only by its thread.
    private long seenProgress = -1;
    private Phase seenPhase;
    private long lastProgressAt = System.nanoTime();

    ResponseSubscriber(
        CoreSubscriber<? super T> actual,
        Reader<T> reader,
        CallLimits limits,
        Attempt attempt,
        Object owner) {
      this.actual = actual;
      this.context = actual.currentContext().put(Attempt.KEY, attempt);
      this.reader = reader;
      this.limits = limits;
      this.attempt = attempt;
      this.owner = owner;
    }

    @Override
    public Context currentContext() {
      return context;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      if (Operators.validate(upstream, subscription)) {
        upstream = subscription;
        Watchdog.get().watch(this);
        actual.onSubscribe(this);
        if (!cancelled) {
          // The head first: how to read the rest depends on it.
          buffersRequested = 1;
          upstream.request(1);
        }
      }
    }

    @Override
    public void onNext(Object item) {
      if (done || cancelled) {
        release(item);
        return;
      }
      buffersReceived++;
      if (decoder == null) {
        onHead(item);
        return;
      }
      if (requested == Long.MAX_VALUE && WIP.compareAndSet(this, 0, 1)) {
        Queue<T> waiting = queue;
        direct = waiting == null || waiting.isEmpty();
        try {
          read(item);
        } finally {
          direct = false;
        }
        // A failure during the read still holds wip, to deliver it.
        if (!done && WIP.decrementAndGet(this) == 0) {
          return;
        }
        drainLoop();
        return;
      }
      read(item);
      drain();
    }

    private void onHead(Object item) {
      attempt.enter(Phase.READING);
      attempt.progress();
      try {
        if (!(item instanceof ResponseHead head)) {
          release(item);
          throw new MistralIoException("The connection sent a body without a response", true, null);
        }
        decoder = reader.open(head);
      } catch (RuntimeException failure) {
        terminate(failure, true);
        return;
      }
      drain();
    }

    private void read(Object item) {
      BodyDecoder<T> reading = decoder;
      try {
        if (item instanceof ByteBuf buffer) {
          reading.decode(buffer, this);
        } else {
          DataBuffer buffer = (DataBuffer) item;
          try {
            reading.decode(byteBuf(buffer), this);
          } finally {
            DataBufferUtils.release(buffer);
          }
        }
      } catch (RuntimeException failure) {
        terminate(failure, true);
      }
    }

    /**
     * The Netty buffer behind a Spring one (WebClient on Reactor Netty), or a view of its bytes.
     */
    private static ByteBuf byteBuf(DataBuffer buffer) {
      if (buffer instanceof NettyDataBuffer netty) {
        return netty.getNativeBuffer();
      }
      List<ByteBuffer> views = new ArrayList<>(1);
      try (DataBuffer.ByteBufferIterator iterator = buffer.readableByteBuffers()) {
        iterator.forEachRemaining(views::add);
      }
      return Unpooled.wrappedBuffer(views.toArray(ByteBuffer[]::new));
    }

    private static void release(Object item) {
      if (item instanceof DataBuffer buffer) {
        DataBufferUtils.release(buffer);
      }
    }

    /** Decides the outcome once: the first failure or completion wins; later ones are dropped. */
    private boolean terminate(Throwable failure, boolean cancelUpstream) {
      if (!TERMINATED.compareAndSet(this, 0, 1)) {
        return false;
      }
      if (cancelUpstream) {
        upstream.cancel();
      }
      error = failure;
      done = true;
      return true;
    }

    @Override
    public void next(T value) {
      attempt.markEmitted();
      if (direct) {
        if (!cancelled) {
          actual.onNext(value);
        }
      } else {
        enqueue(value);
      }
    }

    @Override
    public void progress() {
      attempt.progress();
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
      // After fail() cancelled the exchange, its own error is expected: nothing to report.
      if (terminate(failure, false)) {
        drain();
      }
    }

    @Override
    public void onComplete() {
      if (done || terminated != 0) {
        return;
      }
      BodyDecoder<T> reading = decoder;
      Throwable failure = null;
      if (reading == null) {
        failure = new MistralIoException("The connection closed before a response", true, null);
      } else {
        // Serialized with onNext: nothing else decodes now. The last values join the queue.
        try {
          reading.finish(new LastValues());
        } catch (RuntimeException finishFailure) {
          failure = finishFailure;
        }
      }
      if (terminate(failure, false)) {
        drain();
      }
    }

    /** Receives the values of the body's end, which always go through the queue. */
    private final class LastValues implements BodyDecoder.Sink<T> {
      @Override
      public void next(T value) {
        attempt.markEmitted();
        enqueue(value);
      }

      @Override
      public void progress() {
        attempt.progress();
      }
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        // Reactive Streams rule 3.9: a request for no values ends the subscription with an error.
        fail(new IllegalArgumentException("A request must ask for at least one value, was " + n));
        return;
      }
      Operators.addCap(REQUESTED, this, n);
      drain();
    }

    @Override
    public void cancel() {
      if (!cancelled) {
        cancelled = true;
        upstream.cancel();
        Watchdog.get().forget(this);
        drain();
      }
    }

    // The watchdog's side.

    @Override
    public Object owner() {
      return owner;
    }

    @Override
    public void check(long now) {
      if (done || cancelled) {
        Watchdog.get().forget(this);
        return;
      }
      if (now - limits.deadline() >= 0) {
        fail(limits.deadlinePassed());
        return;
      }
      Phase phase = attempt.phase();
      long progress = attempt.progressCount();
      if (progress != seenProgress || phase != seenPhase || paused(phase)) {
        seenProgress = progress;
        seenPhase = phase;
        lastProgressAt = now;
        return;
      }
      long idle = limits.idleNanos(phase);
      if (idle > 0 && now - lastProgressAt >= idle) {
        fail(limits.idle(phase));
      }
    }

    /** Whether reading waits for the subscriber, not the server: back-pressure is not silence. */
    private boolean paused(Phase phase) {
      BodyDecoder<T> reading = decoder;
      return phase == Phase.READING
          && reading != null
          && reading.paced()
          && requested == 0
          && !upstreamUnbounded;
    }

    @Override
    public void fail(Throwable failure) {
      if (terminate(failure, true)) {
        failFast = true;
        drain();
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
          clear(waiting);
          return;
        }
        if (failFast) {
          clear(waiting);
          finish();
          return;
        }
        long wanted = requested;
        long emitted = 0;
        if (waiting != null) {
          while (emitted != wanted) {
            if (cancelled || failFast) {
              break;
            }
            T value = waiting.poll();
            if (value == null) {
              break;
            }
            actual.onNext(value);
            emitted++;
          }
        }
        if (!cancelled && !failFast) {
          // The queue is read again after done: onComplete may have created it for its last values.
          Queue<T> rest;
          if (done && ((rest = queue) == null || rest.isEmpty())) {
            finish();
            return;
          }
          if (emitted != 0 && wanted != Long.MAX_VALUE) {
            REQUESTED.addAndGet(this, -emitted);
          }
          if (!done && decoder != null) {
            requestBuffers(waiting);
          }
        }
        missed = WIP.addAndGet(this, -missed);
        if (missed == 0) {
          return;
        }
      }
    }

    private void finish() {
      Throwable failure = error;
      cancelled = true;
      Watchdog.get().forget(this);
      if (failure != null) {
        actual.onError(failure);
      } else {
        actual.onComplete();
      }
    }

    private static <T> void clear(Queue<T> waiting) {
      if (waiting == null) {
        return;
      }
      for (T value; (value = waiting.poll()) != null; ) {
        release(value);
      }
    }

    /**
     * Asks for buffers: all of them when the decoder needs the whole body or the subscriber asked
     * for everything; else a few more whenever few are on their way and the queue is short, so that
     * a bounded read-ahead sees the end of the body without waiting for more demand.
     */
    private void requestBuffers(Queue<T> waiting) {
      if (upstreamUnbounded) {
        return;
      }
      long wanted = requested;
      if (wanted == Long.MAX_VALUE || !decoder.paced()) {
        upstreamUnbounded = true;
        upstream.request(Long.MAX_VALUE);
        return;
      }
      if (waiting != null && waiting.size() >= QUEUE_LOW) {
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
