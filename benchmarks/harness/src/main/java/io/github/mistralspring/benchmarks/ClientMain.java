package io.github.mistralspring.benchmarks;

import io.github.mistralspring.benchmarks.core.Bench;

/**
 * Runs the scenarios for one client of this module: {@code --client
 * raw|ours-reactive|ours-blocking} plus the options of {@link Bench}. With {@code --threads
 * virtual} the blocking client's callers are virtual threads (Java 21+).
 */
public final class ClientMain {

  private ClientMain() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    Bench bench = Bench.parse(args);
    String client = bench.option("client", "ours-reactive");
    bench.run(
        baseUrl ->
            switch (client) {
              case "raw" -> new RawTarget(baseUrl);
              case "ours-reactive" -> new OursTargets.Reactive(baseUrl, null);
              case "ours-reactive-offloop" ->
                  new OursTargets.Reactive(baseUrl, reactor.core.scheduler.Schedulers.parallel());
              case "ours-blocking" ->
                  new OursTargets.Blocking(
                      baseUrl, bench.virtualThreads() ? "ours-blocking-vt" : "ours-blocking");
              default -> throw new IllegalArgumentException("Unknown client " + client);
            });
  }
}
