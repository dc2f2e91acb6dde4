package io.github.mistralspring.client.reliability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Reads Reactor Netty's connection pool gauges for one pool, from a registry added to Micrometer's
 * global registry for the test's duration.
 */
final class PoolMetrics implements AutoCloseable {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final String pool;

  PoolMetrics(String pool) {
    this.pool = pool;
    Metrics.addRegistry(registry);
  }

  /** Connections of the pool in use now (summed over remote addresses); -1 when not registered. */
  int active() {
    return sum("reactor.netty.connection.provider.active.connections");
  }

  /** Requests of the pool waiting for a connection now. */
  int pending() {
    return sum("reactor.netty.connection.provider.pending.connections");
  }

  private int sum(String name) {
    var gauges = registry.find(name).tag("name", pool).gauges();
    if (gauges.isEmpty()) {
      return -1;
    }
    double total = 0;
    for (Gauge gauge : gauges) {
      total += gauge.value();
    }
    return (int) total;
  }

  /** Waits, at most {@code bound}, until {@code value} reads zero; returns the last reading. */
  static int awaitZero(IntSupplier value, Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    int last = value.getAsInt();
    while (last != 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      last = value.getAsInt();
    }
    return last;
  }

  @Override
  public void close() {
    Metrics.removeRegistry(registry);
    registry.close();
  }
}
