package io.github.mistralspring.benchmarks.core;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code concurrency} callers each start their next call as soon as the previous
 * one ends, through a warm-up and then a measured window. Every loop is bounded in time and in
 * calls. Only calls that end inside the measured window count.
 */
public final class LoadRunner {

  private static final long DRAIN_TIMEOUT_SECONDS = 60;

  private final String baseUrl;
  private final ThreadFactory threads;
  private final long maxCalls;

  /**
   * @param baseUrl the stub's base URL, for its counters
   * @param threads makes the callers' threads of blocking targets
   * @param maxCalls the most calls one scenario may start, warm-up included
   */
  public LoadRunner(String baseUrl, ThreadFactory threads, long maxCalls) {
    this.baseUrl = baseUrl;
    this.threads = threads;
    this.maxCalls = maxCalls;
  }

  /** Runs {@code chat} or {@code stream} calls at a concurrency. */
  public Result run(
      Target target, boolean stream, int concurrency, Duration warmup, Duration measure)
      throws InterruptedException {
    long start = System.nanoTime();
    long measureStart = start + warmup.toNanos();
    long measureEnd = measureStart + measure.toNanos();
    int capacity = (int) Math.min(maxCalls, 4_000_000);
    Recorder recorder = new Recorder(capacity);
    Loop loop =
        new Loop(target, stream, Target.MODEL, recorder, measureStart, measureEnd, maxCalls);
    List<Thread> started = loop.start(concurrency, threads);

    sleepUntil(measureStart);
    Meter meter = Meter.start(baseUrl);
    sleepUntil(measureEnd);
    Meter.Reading reading = meter.stop();
    loop.awaitDrained(started);

    double seconds = measure.toNanos() / 1e9;
    int calls = recorder.count();
    String note = "";
    if (recorder.errors() > 0) {
      note = "first error: " + describe(recorder.firstError());
    }
    double perCall = Math.max(1, calls);
    return new Result(
        target.name(),
        stream ? "stream" : "chat",
        concurrency,
        calls,
        recorder.errors(),
        calls / seconds,
        recorder.latencyPercentile(50) / 1e6,
        recorder.latencyPercentile(99) / 1e6,
        stream ? recorder.chunks() / seconds : 0,
        stream ? recorder.firstChunkPercentile(50) / 1e6 : 0,
        stream ? recorder.firstChunkPercentile(99) / 1e6 : 0,
        reading.allocatedBytes() / perCall / 1024.0,
        reading.cpuNanos() / perCall / 1000.0,
        reading.stubCpuNanos() / (double) reading.wallNanos(),
        0,
        stream ? note + (calls > 0 ? " chunks/stream=" + recorder.chunks() / calls : "") : note);
  }

  /**
   * Opens {@code count} slow streams at once, waits until the stub holds all of them open, and
   * measures the heap the client then holds beyond its idle heap (both after a full GC).
   */
  public Result manyStreams(Target target, int count, Duration timeout)
      throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    fullGc();
    long idleHeap = memory.getHeapMemoryUsage().getUsed();
    int idleThreads = ManagementFactory.getThreadMXBean().getThreadCount();
    long deadline = System.nanoTime() + timeout.toNanos();
    Recorder recorder = new Recorder(count);
    Loop loop = new Loop(target, true, Target.SLOW_MODEL, recorder, 0, Long.MAX_VALUE, count);
    long before = StubStats.fetch(baseUrl).openSlowStreams();
    List<Thread> started = loop.startOnce(count, threads);
    long open = 0;
    while (System.nanoTime() < deadline) {
      open = StubStats.fetch(baseUrl).openSlowStreams() - before;
      if (open >= count) {
        break;
      }
      Thread.sleep(50);
    }
    fullGc();
    long heldHeap = memory.getHeapMemoryUsage().getUsed() - idleHeap;
    int threadsWhileOpen = ManagementFactory.getThreadMXBean().getThreadCount();
    StubStats.releaseSlowStreams(baseUrl);
    loop.awaitDrained(started);
    String note =
        "open at measure="
            + open
            + ", threads="
            + threadsWhileOpen
            + " (idle "
            + idleThreads
            + ")"
            + (recorder.count() > 0
                ? ", chunks/stream=" + recorder.chunks() / recorder.count()
                : "")
            + (recorder.errors() > 0 ? ", first error: " + describe(recorder.firstError()) : "");
    return new Result(
        target.name(),
        "streams",
        count,
        recorder.count(),
        recorder.errors(),
        0,
        recorder.latencyPercentile(50) / 1e6,
        recorder.latencyPercentile(99) / 1e6,
        0,
        recorder.firstChunkPercentile(50) / 1e6,
        recorder.firstChunkPercentile(99) / 1e6,
        0,
        0,
        0,
        heldHeap / (1024.0 * 1024.0),
        note);
  }

  private static void fullGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return error + (root != error ? " <- " + root : "");
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      TimeUnit.NANOSECONDS.sleep(Math.min(left, 100_000_000L));
    }
  }

  /**
   * The callers: a thread each for blocking targets, a callback chain each for asynchronous ones.
   */
  private static final class Loop {
    private final Target target;
    private final boolean stream;
    private final String model;
    private final Recorder recorder;
    private final long measureStart;
    private final long measureEnd;
    private final long maxCalls;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicReference<CountDownLatch> drained = new AtomicReference<>();
    private volatile boolean once;

    Loop(
        Target target,
        boolean stream,
        String model,
        Recorder recorder,
        long measureStart,
        long measureEnd,
        long maxCalls) {
      this.target = target;
      this.stream = stream;
      this.model = model;
      this.recorder = recorder;
      this.measureStart = measureStart;
      this.measureEnd = measureEnd;
      this.maxCalls = maxCalls;
    }

    List<Thread> start(int concurrency, ThreadFactory threads) {
      drained.set(new CountDownLatch(concurrency));
      List<Thread> started = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        if (target.blocking(stream)) {
          Thread thread = threads.newThread(this::blockingCaller);
          started.add(thread);
          thread.start();
        } else if (once) {
          calls.incrementAndGet();
          call(() -> drained.get().countDown());
        } else {
          next();
        }
      }
      return started;
    }

    List<Thread> startOnce(int count, ThreadFactory threads) {
      once = true;
      return start(count, threads);
    }

    private boolean mayStart() {
      return System.nanoTime() < measureEnd && calls.incrementAndGet() <= maxCalls;
    }

    private void blockingCaller() {
      try {
        if (once) {
          calls.incrementAndGet();
          call(null);
          return;
        }
        while (mayStart()) {
          call(null);
        }
      } finally {
        drained.get().countDown();
      }
    }

    private void next() {
      if (!mayStart()) {
        drained.get().countDown();
        return;
      }
      call(this::next);
    }

    private void call(Runnable then) {
      long begin = System.nanoTime();
      Target.Done done =
          (chunks, firstChunk, error) -> {
            long end = System.nanoTime();
            if (end >= measureStart && end <= measureEnd) {
              recorder.record(begin, end, chunks, firstChunk, error);
            }
            if (then != null) {
              then.run();
            }
          };
      try {
        if (stream) {
          target.stream(model, done);
        } else {
          target.chat(done);
        }
      } catch (RuntimeException failure) {
        done.done(0, 0, failure);
      }
    }

    void awaitDrained(List<Thread> started) throws InterruptedException {
      if (!drained.get().await(DRAIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        System.err.println(
            "warning: calls still in flight "
                + DRAIN_TIMEOUT_SECONDS
                + " s after the window; going on");
      }
      for (Thread thread : started) {
        thread.join(TimeUnit.SECONDS.toMillis(1));
      }
    }
  }

  /** CPU, allocation and stub counters around the measured window. */
  private record Meter(String baseUrl, long wall, long cpu, long allocated, StubStats stub) {

    record Reading(long wallNanos, long cpuNanos, long allocatedBytes, long stubCpuNanos) {}

    static Meter start(String baseUrl) {
      return new Meter(
          baseUrl,
          System.nanoTime(),
          processCpuNanos(),
          allocatedBytes(),
          StubStats.fetch(baseUrl));
    }

    Reading stop() {
      long wallNow = System.nanoTime();
      long cpuNow = processCpuNanos();
      long allocatedNow = allocatedBytes();
      StubStats stubNow = StubStats.fetch(baseUrl);
      return new Reading(
          wallNow - wall,
          cpuNow - cpu,
          allocatedNow - allocated,
          stubNow.cpuNanos() - stub.cpuNanos());
    }

    private static long processCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    private static long allocatedBytes() {
      return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
          .getTotalThreadAllocatedBytes();
    }
  }
}
