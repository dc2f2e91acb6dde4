package io.github.mistralspring.benchmarks.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the results files into markdown tables: absolute numbers, then each client's ratio to the
 * raw limit ({@value #RAW}) and to our reactive client ({@value #OURS}).
 *
 * <p>Arguments: {@code RESULTS.tsv [--jmh JMH.csv] [--startup STARTUP.tsv]}; prints markdown.
 */
public final class Report {

  /** The name of the raw Reactor Netty + Jackson client: the limit. */
  public static final String RAW = "raw";

  /** The name of our reactive client. */
  public static final String OURS = "ours-reactive";

  private Report() {}

  /** Prints the markdown report. */
  public static void main(String[] args) throws IOException {
    List<Result> results = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        results.add(Result.parse(line));
      }
    }
    StringBuilder md = new StringBuilder();
    chat(md, results);
    streams(md, results);
    many(md, results);
    for (int i = 1; i + 1 < args.length; i += 2) {
      Path file = Path.of(args[i + 1]);
      if (!Files.exists(file)) {
        continue;
      }
      if ("--jmh".equals(args[i])) {
        jmh(md, Files.readAllLines(file, StandardCharsets.UTF_8));
      } else if ("--startup".equals(args[i])) {
        startup(md, Files.readAllLines(file, StandardCharsets.UTF_8));
      }
    }
    System.out.print(md);
  }

  private static Result find(List<Result> results, String client, String scenario, int c) {
    for (Result r : results) {
      if (r.client().equals(client) && r.scenario().equals(scenario) && r.concurrency() == c) {
        return r;
      }
    }
    return null;
  }

  private static Map<Integer, List<Result>> byConcurrency(List<Result> results, String scenario) {
    Map<Integer, List<Result>> groups = new LinkedHashMap<>();
    results.stream()
        .filter(r -> r.scenario().equals(scenario))
        .forEach(r -> groups.computeIfAbsent(r.concurrency(), c -> new ArrayList<>()).add(r));
    return groups;
  }

  private static void chat(StringBuilder md, List<Result> results) {
    Map<Integer, List<Result>> groups = byConcurrency(results, "chat");
    if (groups.isEmpty()) {
      return;
    }
    md.append("### Non-streaming chat (closed loop)\n\n")
        .append(
            "| conc. | client | req/s | p50 ms | p99 ms | req/s ×raw | req/s ×ours | p99 ×raw |"
                + " p99 ×ours | alloc KiB/req | CPU µs/req | stub cores | errors |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    groups.forEach(
        (c, rows) -> {
          Result raw = find(results, RAW, "chat", c);
          Result ours = find(results, OURS, "chat", c);
          for (Result r : rows) {
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %d | %s | %.0f | %.3f | %.3f | %s | %s | %s | %s | %.1f | %.0f | %.2f | %d |%n",
                    c,
                    r.client(),
                    r.callsPerSecond(),
                    r.p50Millis(),
                    r.p99Millis(),
                    ratio(r.callsPerSecond(), raw == null ? 0 : raw.callsPerSecond()),
                    ratio(r.callsPerSecond(), ours == null ? 0 : ours.callsPerSecond()),
                    ratio(r.p99Millis(), raw == null ? 0 : raw.p99Millis()),
                    ratio(r.p99Millis(), ours == null ? 0 : ours.p99Millis()),
                    r.allocKbPerCall(),
                    r.cpuMicrosPerCall(),
                    r.stubCores(),
                    r.errors()));
          }
        });
    md.append('\n');
  }

  private static void streams(StringBuilder md, List<Result> results) {
    Map<Integer, List<Result>> groups = byConcurrency(results, "stream");
    if (groups.isEmpty()) {
      return;
    }
    md.append("### Streaming chat (200 chunks per stream)\n\n")
        .append(
            "| conc. | client | chunks/s | chunks/s ×raw | chunks/s ×ours | TTFC p50 ms | TTFC p99"
                + " ms | TTFC p50 − raw ms | stream p99 ms | alloc KiB/stream | CPU µs/stream |"
                + " errors | note |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    groups.forEach(
        (c, rows) -> {
          Result raw = find(results, RAW, "stream", c);
          Result ours = find(results, OURS, "stream", c);
          for (Result r : rows) {
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %d | %s | %.0f | %s | %s | %.3f | %.3f | %s | %.3f | %.1f | %.0f | %d | %s |%n",
                    c,
                    r.client(),
                    r.chunksPerSecond(),
                    ratio(r.chunksPerSecond(), raw == null ? 0 : raw.chunksPerSecond()),
                    ratio(r.chunksPerSecond(), ours == null ? 0 : ours.chunksPerSecond()),
                    r.ttfcP50Millis(),
                    r.ttfcP99Millis(),
                    raw == null
                        ? "–"
                        : String.format(
                            Locale.ROOT, "%+.3f", r.ttfcP50Millis() - raw.ttfcP50Millis()),
                    r.p99Millis(),
                    r.allocKbPerCall(),
                    r.cpuMicrosPerCall(),
                    r.errors(),
                    r.note().trim()));
          }
        });
    md.append('\n');
  }

  private static void many(StringBuilder md, List<Result> results) {
    List<Result> rows = results.stream().filter(r -> r.scenario().equals("streams")).toList();
    if (rows.isEmpty()) {
      return;
    }
    md.append("### Many concurrent streams (heap held while all are open, after a full GC)\n\n")
        .append(
            "| streams | client | heap MiB | KiB/stream | ×ours | completed | errors | note |\n")
        .append("|---:|---|---:|---:|---:|---:|---:|---|\n");
    for (Result r : rows) {
      Result ours = find(results, OURS, "streams", r.concurrency());
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %.1f | %.1f | %s | %d | %d | %s |%n",
              r.concurrency(),
              r.client(),
              r.heapMb(),
              r.heapMb() * 1024 / r.concurrency(),
              ratio(r.heapMb(), ours == null ? 0 : ours.heapMb()),
              r.calls(),
              r.errors(),
              r.note()));
    }
    md.append('\n');
  }

  private static void jmh(StringBuilder md, List<String> csv) {
    md.append("### Allocation per operation (JMH, `-prof gc`)\n\n")
        .append("| benchmark | mode | score | unit | error |\n|---|---|---:|---|---:|\n");
    for (String line : csv.subList(Math.min(1, csv.size()), csv.size())) {
      List<String> f = csvFields(line);
      if (f.size() < 7) {
        continue;
      }
      String name = f.get(0);
      boolean time = name.indexOf(':') < 0;
      boolean allocNorm = name.endsWith("gc.alloc.rate.norm");
      if (!time && !allocNorm) {
        continue;
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f | %s | %s |%n",
              name.replace("io.github.mistralspring.", ""),
              f.get(1),
              Double.parseDouble(f.get(4)),
              f.get(6),
              f.get(5).isEmpty() || f.get(5).equals("NaN")
                  ? "–"
                  : String.format(Locale.ROOT, "%.1f", Double.parseDouble(f.get(5)))));
    }
    md.append('\n');
  }

  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(ch);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  private static void startup(StringBuilder md, List<String> lines) {
    // Lines: variant \t run-ms \t jvm-uptime-ms \t beans [\t client \t classes \t main-cpu-ms];
    // the last two are missing from the lines of older probes (NaN: shown as a dash).
    Map<String, List<double[]>> variants = new LinkedHashMap<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      if (f.length < 4 || line.startsWith("#")) {
        continue;
      }
      variants
          .computeIfAbsent(f[0], v -> new ArrayList<>())
          .add(
              new double[] {
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                f.length > 5 ? Double.parseDouble(f[5]) : Double.NaN,
                f.length > 6 ? Double.parseDouble(f[6]) : Double.NaN
              });
    }
    if (variants.isEmpty()) {
      return;
    }
    md.append("### Start-up of a tiny non-web SpringApplication (median of the runs)\n\n")
        .append(
            "| variant | runs | SpringApplication.run ms | JVM uptime at ready ms | beans"
                + " | classes loaded | main-thread CPU ms |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    variants.forEach(
        (variant, runs) ->
            md.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %d | %.0f | %.0f | %.0f | %s | %s |%n",
                    variant,
                    runs.size(),
                    median(runs, 0),
                    median(runs, 1),
                    median(runs, 2),
                    orDash(median(runs, 3)),
                    orDash(median(runs, 4)))));
    md.append('\n');
  }

  private static String orDash(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f", value);
  }

  private static double median(List<double[]> runs, int column) {
    double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static String ratio(double value, double base) {
    if (base <= 0 || value <= 0) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f", value / base);
  }
}
