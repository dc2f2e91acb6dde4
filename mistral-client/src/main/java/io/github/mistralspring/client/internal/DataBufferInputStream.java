package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralInterruptedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.core.scheduler.Schedulers;

/**
 * A blocking {@link InputStream} over a download's buffers, as they arrive: it asks for a bounded
 * number of buffers ahead of the reader and releases every buffer it is given, read or not.
 *
 * <ul>
 *   <li>{@code read(byte[], ..)} returns the bytes that have arrived as soon as there are any, up
 *       to the length asked for; it waits only when none has.
 *   <li>{@code -1} means that the whole body arrived. A download that failed throws its failure
 *       (the client's exception for it) after the bytes that came before it.
 *   <li>{@link #close()} from any thread cancels the download (closing its connection) and releases
 *       its buffers; a read blocked in another thread is woken and throws an {@link IOException}
 *       saying that the download was closed, as does any later read: a closed download never looks
 *       complete.
 *   <li>Interrupting a thread blocked in a read cancels the download and throws an {@link
 *       InterruptedIOException}; the thread's interrupt flag stays set.
 * </ul>
 */
public final class DataBufferInputStream extends InputStream implements CoreSubscriber<DataBuffer> {

  private static final AtomicReferenceFieldUpdater<DataBufferInputStream, Subscription>
      SUBSCRIPTION =
          AtomicReferenceFieldUpdater.newUpdater(
              DataBufferInputStream.class, Subscription.class, "subscription");

  private static final AtomicReferenceFieldUpdater<DataBufferInputStream, Thread> WAITER =
      AtomicReferenceFieldUpdater.newUpdater(DataBufferInputStream.class, Thread.class, "waiter");

  private final int readAhead;
  private final int limit;
  // Filled on the connection's thread, read by the reader, drained by whoever closes: each buffer
  // belongs to the one thread that polled it.
  private final Queue<DataBuffer> queue = new ConcurrentLinkedQueue<>();
  // Held by the reader for a whole read (waiting included); guards the buffer being read.
  private final ReentrantLock reading = new ReentrantLock();

  private volatile Subscription subscription;
  private volatile boolean done;
  private volatile Throwable error;
  private volatile boolean closed;
  private volatile Thread waiter;

  // Guarded by reading.
  private DataBuffer current;
  private int consumed;
  private RuntimeException thrown;
  private final byte[] single = new byte[1];

  private DataBufferInputStream(int readAhead) {
    this.readAhead = readAhead;
    this.limit = Math.max(1, readAhead - (readAhead >> 2));
  }

  /**
   * Subscribes to {@code buffers} now (so the request is sent) and returns the stream that reads
   * them; the stream must be closed. Inside a blocking {@code withRawResponse}, the stream is
   * returned once the response has come, as {@link BlockingStream#of}'s is.
   *
   * @param buffers the download's body
   * @param readAhead how many buffers may wait for the reader
   */
  public static InputStream of(Flux<DataBuffer> buffers, int readAhead) {
    if (readAhead < 1) {
      throw new IllegalArgumentException("readAhead must be 1 or more, was " + readAhead);
    }
    DataBufferInputStream in = new DataBufferInputStream(readAhead);
    boolean raw = ResponseCapture.onThread();
    ResponseCapture.onThread(buffers).subscribe(in);
    if (raw) {
      in.awaitResponse();
    }
    return in;
  }

  // Waits for the first signal without taking it; the head was recorded before it came.
  private void awaitResponse() {
    while (queue.isEmpty() && !done && !closed) {
      try {
        await();
      } catch (InterruptedIOException interrupted) {
        throw new MistralInterruptedException(
            "The thread waiting for a Mistral download was interrupted: the download was closed",
            (InterruptedException) interrupted.getCause());
      }
    }
    Throwable failure = error;
    if (queue.isEmpty() && failure != null) {
      throw Blocking.rethrowable(failure);
    }
  }

  // The connection's side.

  @Override
  public void onSubscribe(Subscription s) {
    if (Operators.setOnce(SUBSCRIPTION, this, s)) {
      s.request(readAhead);
    }
  }

  @Override
  public void onNext(DataBuffer buffer) {
    if (closed) {
      DataBufferUtils.release(buffer);
      return;
    }
    queue.offer(buffer);
    // Ordered before the reads of closed and waiter below: a close or a wait that came just
    // before is seen here; one that comes after sees the buffer.
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

  private void drain() {
    for (DataBuffer buffer = queue.poll(); buffer != null; buffer = queue.poll()) {
      DataBufferUtils.release(buffer);
    }
  }

  // The reader's side.

  @Override
  public int read() throws IOException {
    int count = read(single, 0, 1);
    return count < 0 ? -1 : single[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    lockForReading();
    try {
      while (true) {
        boolean terminated = done;
        if (closed) {
          throw new IOException(
              "The download was closed before it ended: what was read is incomplete");
        }
        if (length == 0) {
          return 0;
        }
        int copied = copyArrived(bytes, offset, length);
        if (copied > 0) {
          return copied;
        }
        if (terminated && queue.isEmpty()) {
          Throwable failure = error;
          if (failure != null) {
            if (thrown == null) {
              thrown = Blocking.rethrowable(failure);
            }
            throw thrown;
          }
          return -1;
        }
        await();
      }
    } finally {
      unlockAfterReading();
    }
  }

  /** Copies what has arrived, up to {@code length} bytes, without waiting. */
  private int copyArrived(byte[] bytes, int offset, int length) {
    int copied = 0;
    while (copied < length) {
      if (current == null) {
        current = queue.poll();
        if (current == null) {
          break;
        }
      }
      int count = Math.min(length - copied, current.readableByteCount());
      current.read(bytes, offset + copied, count);
      copied += count;
      if (current.readableByteCount() == 0) {
        DataBufferUtils.release(current);
        current = null;
        if (++consumed == limit) {
          consumed = 0;
          subscription.request(limit);
        }
      }
    }
    return copied;
  }

  private void await() throws InterruptedIOException {
    if (Schedulers.isInNonBlockingThread()) {
      close();
      throw new IllegalStateException(
          "A Mistral download stream was read on "
              + Thread.currentThread().getName()
              + ", a thread that must never block: use the reactive download (Flux) there");
    }
    Thread reader = Thread.currentThread();
    waiter = reader;
    if (queue.isEmpty() && !done && !closed) {
      LockSupport.park(this);
    }
    waiter = null;
    if (reader.isInterrupted() && queue.isEmpty() && !done && !closed) {
      close();
      throw interrupted();
    }
  }

  private void lockForReading() throws InterruptedIOException {
    try {
      reading.lockInterruptibly();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      close();
      throw interrupted();
    }
  }

  private void unlockAfterReading() {
    if (closed) {
      releaseCurrent();
    }
    reading.unlock();
    // A close that could not take the lock because this read held it is seen here.
    if (closed && reading.tryLock()) {
      try {
        releaseCurrent();
      } finally {
        reading.unlock();
      }
    }
  }

  private void releaseCurrent() {
    if (current != null) {
      DataBufferUtils.release(current);
      current = null;
    }
    drain();
  }

  private static InterruptedIOException interrupted() {
    InterruptedIOException failure =
        new InterruptedIOException(
            "The thread reading a Mistral download was interrupted: the download was closed");
    failure.initCause(new InterruptedException("interrupted while waiting for the download"));
    return failure;
  }

  @Override
  public int available() {
    if (!reading.tryLock()) {
      return 0;
    }
    try {
      return current == null ? 0 : current.readableByteCount();
    } finally {
      reading.unlock();
    }
  }

  /**
   * Cancels the download, if it is still running, and releases its buffers. From any thread; a read
   * blocked in another one is woken and throws.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Operators.terminate(SUBSCRIPTION, this);
    drain();
    wake();
    // When a read holds the lock, it releases the buffer it reads from as it ends.
    if (reading.tryLock()) {
      try {
        releaseCurrent();
      } finally {
        reading.unlock();
      }
    }
  }
}
