package io.github.mistralspring.benchmarks.core;

import java.util.Locale;

/**
 * One client's numbers for one scenario, written as one tab-separated line.
 *
 * @param client the client's name
 * @param scenario {@code chat}, {@code stream} or {@code streams}
 * @param concurrency the callers in flight at once
 * @param calls the calls completed in the measured window
 * @param errors the calls that failed in the measured window
 * @param callsPerSecond completed calls per second
 * @param p50Millis median latency of a whole call
 * @param p99Millis 99th percentile latency of a whole call
 * @param chunksPerSecond stream chunks decoded per second (streams only)
 * @param ttfcP50Millis median time to first chunk (streams only)
 * @param ttfcP99Millis 99th percentile time to first chunk (streams only)
 * @param allocKbPerCall heap allocated by the client JVM per call, in KiB
 * @param cpuMicrosPerCall CPU time of the client JVM per call, in microseconds
 * @param stubCores CPU cores the stub server used during the window
 * @param heapMb heap held (many-streams scenario), in MiB
 * @param note anything else worth showing
 */
public record Result(
    String client,
    String scenario,
    int concurrency,
    long calls,
    long errors,
    double callsPerSecond,
    double p50Millis,
    double p99Millis,
    double chunksPerSecond,
    double ttfcP50Millis,
    double ttfcP99Millis,
    double allocKbPerCall,
    double cpuMicrosPerCall,
    double stubCores,
    double heapMb,
    String note) {

  /** The line written to the results file. */
  public String toLine() {
    return String.join(
        "\t",
        client,
        scenario,
        Integer.toString(concurrency),
        Long.toString(calls),
        Long.toString(errors),
        fmt(callsPerSecond),
        fmt(p50Millis),
        fmt(p99Millis),
        fmt(chunksPerSecond),
        fmt(ttfcP50Millis),
        fmt(ttfcP99Millis),
        fmt(allocKbPerCall),
        fmt(cpuMicrosPerCall),
        fmt(stubCores),
        fmt(heapMb),
        note.replace('\t', ' ').replace('\n', ' '));
  }

  /** Reads a line written by {@link #toLine()}. */
  public static Result parse(String line) {
    String[] f = line.split("\t", -1);
    return new Result(
        f[0],
        f[1],
        Integer.parseInt(f[2]),
        Long.parseLong(f[3]),
        Long.parseLong(f[4]),
        Double.parseDouble(f[5]),
        Double.parseDouble(f[6]),
        Double.parseDouble(f[7]),
        Double.parseDouble(f[8]),
        Double.parseDouble(f[9]),
        Double.parseDouble(f[10]),
        Double.parseDouble(f[11]),
        Double.parseDouble(f[12]),
        Double.parseDouble(f[13]),
        Double.parseDouble(f[14]),
        f.length > 15 ? f[15] : "");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
