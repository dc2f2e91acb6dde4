package io.github.mistralspring.benchmarks.core;

/**
 * A client under test. Each method starts one call and reports it to {@code done} exactly once, on
 * any thread. A blocking target runs the call on the calling thread and reports before returning;
 * the load loop then gives it one thread per concurrent caller.
 */
public interface Target extends AutoCloseable {

  /** The model that makes the stub hold a stream open (for the many-streams scenario). */
  String SLOW_MODEL = "bench-slow";

  /** The model of every other request. */
  String MODEL = "mistral-small-latest";

  /** The name shown in the results. */
  String name();

  /** Whether the calls of a kind (streams or not) block the calling thread. */
  boolean blocking(boolean stream);

  /** One non-streaming chat completion. */
  void chat(Done done);

  /** One streamed chat completion of {@code model}; each decoded chunk counts. */
  void stream(String model, Done done);

  @Override
  void close();

  /** How a call ended. */
  @FunctionalInterface
  interface Done {
    /**
     * Reports a call.
     *
     * @param chunks the chunks decoded (streams), or 1 for a completion
     * @param firstChunkNanos {@link System#nanoTime()} when the first chunk reached the caller, 0
     *     when none did or the call is not a stream
     * @param error the failure, or null
     */
    void done(int chunks, long firstChunkNanos, Throwable error);
  }
}
