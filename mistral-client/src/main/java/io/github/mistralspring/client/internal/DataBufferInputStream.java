package io.github.mistralspring.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;

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
 *
 * <p>The buffers are handed over, asked for and waited for by a {@link BlockingHandoff}.
 */
public final class DataBufferInputStream extends InputStream {

  // Its queue is filled on the connection's thread, read by the reader, drained by whoever closes:
  // each buffer belongs to the one thread that polled it.
  private final BlockingHandoff<DataBuffer> buffers;
  // Held by the reader for a whole read (waiting included); guards the buffer being read.
  private final ReentrantLock reading = new ReentrantLock();

  // Guarded by reading.
  private @Nullable DataBuffer current;
  private final byte[] single = new byte[1];

  private DataBufferInputStream(int readAhead) {
    this.buffers =
        BlockingHandoff.releasing(
            readAhead, DataBufferUtils::release, "A Mistral download stream", "download");
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
    in.buffers.start(buffers);
    return in;
  }

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
        boolean terminated = buffers.isDone();
        if (buffers.isClosed()) {
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
        if (terminated && buffers.isEmpty()) {
          RuntimeException failure = buffers.failure();
          if (failure != null) {
            throw failure;
          }
          return -1;
        }
        if (buffers.await()) {
          throw interrupted();
        }
      }
    } finally {
      unlockAfterReading();
    }
  }

  /** Copies what has arrived, up to {@code length} bytes, without waiting. */
  private int copyArrived(byte[] bytes, int offset, int length) {
    int copied = 0;
    while (copied < length) {
      DataBuffer buffer = current;
      if (buffer == null) {
        buffer = buffers.poll();
        if (buffer == null) {
          break;
        }
        current = buffer;
      }
      int count = Math.min(length - copied, buffer.readableByteCount());
      buffer.read(bytes, offset + copied, count);
      copied += count;
      if (buffer.readableByteCount() == 0) {
        DataBufferUtils.release(buffer);
        current = null;
        buffers.consumed();
      }
    }
    return copied;
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
    if (buffers.isClosed()) {
      releaseCurrent();
    }
    reading.unlock();
    // A close that could not take the lock because this read held it is seen here.
    if (buffers.isClosed() && reading.tryLock()) {
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
    buffers.drain();
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
    if (buffers.isClosed()) {
      return;
    }
    buffers.close();
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
