package io.github.mistralspring.client.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Compares {@link BlockingStream} with {@code Flux.toStream()}, which it replaced, in paired runs:
 * a producer far ahead of the reader, bursts of eight values as from network buffers, and one value
 * every 50 µs (each value's delay and the reader's CPU). Not a test; run it with the test class
 * path: {@code java -cp ... io.github.mistralspring.client.internal.BlockingStreamComparison}.
 */
public final class BlockingStreamComparison {

  private static final Scheduler PRODUCER = Schedulers.newSingle("producer");

  private BlockingStreamComparison() {}

  /** Runs the comparison and prints one line per case. */
  public static void main(String[] args) throws Exception {
    int rounds = Integer.getInteger("rounds", 21);
    Function<Flux<Integer>, Stream<Integer>> ours = BlockingStream::of;
    Function<Flux<Integer>, Stream<Integer>> toStream = Flux::toStream;
    pair("bulk 1M", 1_000_000, n -> Flux.range(0, n).subscribeOn(PRODUCER), ours, toStream, rounds);
    pair(
        "bursts of 8, 200k",
        200_000,
        n -> Flux.range(0, n / 8).concatMap(b -> Flux.range(b * 8, 8).subscribeOn(PRODUCER), 0),
        ours,
        toStream,
        rounds);
    paced(rounds / 3);
    PRODUCER.dispose();
  }

  private static void pair(
      String name,
      int n,
      IntFunction<Flux<Integer>> source,
      Function<Flux<Integer>, Stream<Integer>> ours,
      Function<Flux<Integer>, Stream<Integer>> theirs,
      int rounds) {
    List<Double> a = new ArrayList<>();
    List<Double> b = new ArrayList<>();
    for (int warm = 0; warm < 3; warm++) {
      rate(ours, source.apply(n), n);
      rate(theirs, source.apply(n), n);
    }
    for (int round = 0; round < rounds; round++) {
      boolean oursFirst = round % 2 == 0;
      double first = rate(oursFirst ? ours : theirs, source.apply(n), n);
      double second = rate(oursFirst ? theirs : ours, source.apply(n), n);
      a.add(oursFirst ? first : second);
      b.add(oursFirst ? second : first);
    }
    Collections.sort(a);
    Collections.sort(b);
    System.out.printf(
        "%s: BlockingStream median %.0f values/s (min %.0f, max %.0f); Flux.toStream median %.0f"
            + " values/s (min %.0f, max %.0f)%n",
        name,
        a.get(rounds / 2),
        a.get(0),
        a.get(rounds - 1),
        b.get(rounds / 2),
        b.get(0),
        b.get(rounds - 1));
  }

  private static double rate(
      Function<Flux<Integer>, Stream<Integer>> open, Flux<Integer> source, int n) {
    long start = System.nanoTime();
    long count = 0;
    try (Stream<Integer> stream = open.apply(source)) {
      Iterator<Integer> values = stream.iterator();
      while (values.hasNext()) {
        values.next();
        count++;
      }
    }
    if (count != n) {
      throw new IllegalStateException("Read " + count + " of " + n);
    }
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private static void paced(int rounds) throws Exception {
    Function<Flux<long[]>, Stream<long[]>> ours = BlockingStream::of;
    Function<Flux<long[]>, Stream<long[]>> toStream = Flux::toStream;
    int n = 20_000;
    List<double[]> a = new ArrayList<>();
    List<double[]> b = new ArrayList<>();
    paced(ours, 5000);
    paced(toStream, 5000);
    for (int round = 0; round < rounds; round++) {
      a.add(paced(ours, n));
      b.add(paced(toStream, n));
    }
    a.sort((x, y) -> Double.compare(x[0], y[0]));
    b.sort((x, y) -> Double.compare(x[0], y[0]));
    double[] am = a.get(rounds / 2);
    double[] bm = b.get(rounds / 2);
    System.out.printf(
        "one value every 50 us: BlockingStream delay p50 %.1f us, p99 %.1f us, reader CPU %.2f"
            + " us/value; Flux.toStream delay p50 %.1f us, p99 %.1f us, reader CPU %.2f us/value%n",
        am[0], am[1], am[2], bm[0], bm[1], bm[2]);
  }

  private static double[] paced(Function<Flux<long[]>, Stream<long[]>> open, int n)
      throws InterruptedException {
    Sinks.Many<long[]> sink = Sinks.many().unicast().onBackpressureBuffer();
    long[] delays = new long[n];
    Thread producer =
        new Thread(
            () -> {
              for (int i = 0; i < n; i++) {
                sink.tryEmitNext(new long[] {System.nanoTime()});
                LockSupport.parkNanos(50_000);
              }
              sink.tryEmitComplete();
            });
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    try (Stream<long[]> stream = open.apply(sink.asFlux())) {
      producer.start();
      Iterator<long[]> values = stream.iterator();
      for (int i = 0; values.hasNext(); i++) {
        delays[i] = System.nanoTime() - values.next()[0];
      }
    }
    cpu = threads.getCurrentThreadCpuTime() - cpu;
    producer.join();
    Arrays.sort(delays);
    return new double[] {delays[n / 2] / 1e3, delays[(int) (n * 0.99)] / 1e3, cpu / 1e3 / n};
  }
}
