package io.github.mistralspring.benchmarks.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The main loop of every client JVM: parses the common options, runs the scenarios against one
 * target and appends a line per scenario to the results file.
 *
 * <p>Options: {@code --base-url URL} (the stub), {@code --out FILE}, {@code --scenarios
 * chat:1,chat:16,chat:64,stream:1,stream:16,streams:1000}, {@code --warmup SECONDS}, {@code
 * --duration SECONDS}, {@code --max-calls N}, {@code --threads platform|virtual}, {@code --client
 * NAME} (for harnesses that host several targets).
 */
public final class Bench {

  private final Map<String, String> options;

  private Bench(Map<String, String> options) {
    this.options = options;
  }

  /** Parses {@code --name value} pairs. */
  public static Bench parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --option value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return new Bench(options);
  }

  /** An option's value, or the default. */
  public String option(String name, String defaultValue) {
    return options.getOrDefault(name, defaultValue);
  }

  /** The stub's base URL, without a trailing slash. */
  public String baseUrl() {
    String url = options.get("base-url");
    if (url == null) {
      throw new IllegalArgumentException("--base-url is required");
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Whether the blocking callers run on virtual threads (Java 21 and later). */
  public boolean virtualThreads() {
    return "virtual".equals(option("threads", "platform"));
  }

  /** Runs every scenario on the target that {@code factory} builds from the base URL. */
  public void run(Function<String, Target> factory) throws Exception {
    Duration warmup = Duration.ofMillis((long) (Double.parseDouble(option("warmup", "5")) * 1000));
    Duration duration =
        Duration.ofMillis((long) (Double.parseDouble(option("duration", "10")) * 1000));
    long maxCalls = Long.parseLong(option("max-calls", "3000000"));
    Path out = Path.of(option("out", "results.tsv"));
    String scenarios = option("scenarios", "chat:1,chat:16,chat:64,stream:1,stream:16");
    LoadRunner runner = new LoadRunner(baseUrl(), threadFactory(), maxCalls);
    try (Target target = factory.apply(baseUrl())) {
      for (String scenario : scenarios.split(",")) {
        String[] parts = scenario.trim().split(":");
        int n = Integer.parseInt(parts[1]);
        Result result =
            switch (parts[0]) {
              case "chat" -> runner.run(target, false, n, warmup, duration);
              case "stream" -> runner.run(target, true, n, warmup, duration);
              case "streams" -> runner.manyStreams(target, n, Duration.ofSeconds(60));
              default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
            };
        System.out.println(summary(result));
        Files.writeString(
            out,
            result.toLine() + "\n",
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    }
  }

  private ThreadFactory threadFactory() {
    if (virtualThreads()) {
      return VirtualThreads.factory();
    }
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "caller-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String summary(Result r) {
    return String.format(
        Locale.ROOT,
        "%-22s %-7s c=%-5d calls=%-8d err=%-3d %10.1f/s p50=%8.3fms p99=%8.3fms"
            + " chunks/s=%10.0f ttfc50=%7.3fms alloc=%7.1fKiB cpu=%7.1fus stub=%.2f heap=%.1fMiB %s",
        r.client(),
        r.scenario(),
        r.concurrency(),
        r.calls(),
        r.errors(),
        r.callsPerSecond(),
        r.p50Millis(),
        r.p99Millis(),
        r.chunksPerSecond(),
        r.ttfcP50Millis(),
        r.allocKbPerCall(),
        r.cpuMicrosPerCall(),
        r.stubCores(),
        r.heapMb(),
        r.note());
  }
}
