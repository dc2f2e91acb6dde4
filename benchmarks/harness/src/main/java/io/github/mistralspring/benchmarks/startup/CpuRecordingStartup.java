package io.github.mistralspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.core.metrics.ApplicationStartup;
import org.springframework.core.metrics.StartupStep;

/**
 * Records the CPU time of the current thread in each start-up step (bean instantiation above all),
 * for the start-up probe: unlike wall-clock time, it hardly grows when other processes share the
 * machine. Steps run on the main thread during a refresh, nested; a step's time includes that of
 * the steps inside it (the beans it depends on).
 */
final class CpuRecordingStartup implements ApplicationStartup {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final List<Step> ended = new ArrayList<>();
  private final Deque<Step> open = new ArrayDeque<>();
  private long ids;

  @Override
  public StartupStep start(String name) {
    Step parent = open.peek();
    Step step = new Step(++ids, name, parent);
    open.push(step);
    return step;
  }

  /**
   * The CPU milliseconds of the outermost steps that {@code mine} selects: a step inside a selected
   * one is not counted twice.
   *
   * @param mine which steps to add up, by their tags
   * @return their CPU time in milliseconds
   */
  double cpuMillisOf(Predicate<String> mine) {
    long nanos = 0;
    for (Step step : ended) {
      if (mine.test(step.describe()) && !step.insideOneOf(mine)) {
        nanos += step.cpuNanos;
      }
    }
    return nanos / 1e6;
  }

  /**
   * The steps {@code mine} selects, outermost first, one line each with their CPU time.
   *
   * @param mine which steps to list, by their tags
   * @return the lines
   */
  List<String> describe(Predicate<String> mine) {
    List<String> lines = new ArrayList<>();
    for (Step step : ended) {
      if (mine.test(step.describe())) {
        lines.add(
            String.format(Locale.ROOT, "%8.1f ms CPU  %s", step.cpuNanos / 1e6, step.describe()));
      }
    }
    return lines;
  }

  private final class Step implements StartupStep {

    private final long id;
    private final String name;
    private final Step parent;
    private final List<Tag> tags = new ArrayList<>();
    private final long startCpu = THREADS.getCurrentThreadCpuTime();
    private long cpuNanos;

    Step(long id, String name, Step parent) {
      this.id = id;
      this.name = name;
      this.parent = parent;
    }

    String describe() {
      StringBuilder text = new StringBuilder(name);
      for (Tag tag : tags) {
        text.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
      }
      return text.toString();
    }

    boolean insideOneOf(Predicate<String> mine) {
      for (Step up = parent; up != null; up = up.parent) {
        if (mine.test(up.describe())) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public long getId() {
      return id;
    }

    @Override
    public Long getParentId() {
      return parent == null ? null : parent.id;
    }

    @Override
    public StartupStep tag(String key, String value) {
      tags.add(new SimpleTag(key, value));
      return this;
    }

    @Override
    public StartupStep tag(String key, Supplier<String> value) {
      return tag(key, value.get());
    }

    @Override
    public Tags getTags() {
      return () -> {
        Iterator<Tag> iterator = List.<Tag>copyOf(tags).iterator();
        return iterator;
      };
    }

    @Override
    public void end() {
      cpuNanos = THREADS.getCurrentThreadCpuTime() - startCpu;
      open.remove(this);
      ended.add(this);
    }
  }

  private record SimpleTag(String getKey, String getValue) implements StartupStep.Tag {}
}
