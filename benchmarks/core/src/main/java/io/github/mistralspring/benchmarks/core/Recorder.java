package io.github.mistralspring.benchmarks.core;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Records the calls of a measured window into preallocated arrays; thread-safe, lock-free. */
final class Recorder {

  private final long[] latencies;
  private final long[] firstChunks;
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger firstChunkCount = new AtomicInteger();
  private final AtomicLong chunks = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<Throwable> firstError = new AtomicReference<>();

  Recorder(int capacity) {
    this.latencies = new long[capacity];
    this.firstChunks = new long[capacity];
  }

  void record(long startNanos, long endNanos, int chunkCount, long firstChunkNanos, Throwable e) {
    if (e != null) {
      errors.incrementAndGet();
      firstError.compareAndSet(null, e);
      return;
    }
    int i = count.getAndIncrement();
    if (i < latencies.length) {
      latencies[i] = endNanos - startNanos;
    }
    chunks.addAndGet(chunkCount);
    if (firstChunkNanos != 0) {
      int j = firstChunkCount.getAndIncrement();
      if (j < firstChunks.length) {
        firstChunks[j] = firstChunkNanos - startNanos;
      }
    }
  }

  int count() {
    return Math.min(count.get(), latencies.length);
  }

  long chunks() {
    return chunks.get();
  }

  long errors() {
    return errors.get();
  }

  Throwable firstError() {
    return firstError.get();
  }

  /** The latency percentile in nanoseconds, 0 when nothing was recorded. */
  long latencyPercentile(double p) {
    return percentile(latencies, count(), p);
  }

  long firstChunkPercentile(double p) {
    return percentile(firstChunks, Math.min(firstChunkCount.get(), firstChunks.length), p);
  }

  private static long percentile(long[] values, int n, double p) {
    if (n == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * n) - 1;
    return sorted[Math.max(0, Math.min(n - 1, index))];
  }
}
