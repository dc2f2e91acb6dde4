package io.github.mistralspring.client.tools;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * How {@code chat().runTools} runs tools: the cap on rounds, what a failing tool does, where tools
 * run and how many at once, and how long one may take. Build one with {@link #builder()};
 * immutable.
 */
public final class ToolRunOptions {

  /** The default cap on rounds of tool results sent to the model. */
  public static final int DEFAULT_MAX_ROUNDS = 8;

  /** The default number of tool calls of one round that run at the same time. */
  public static final int DEFAULT_MAX_CONCURRENCY = 4;

  /** The default time one tool call may take before it counts as failed. */
  public static final Duration DEFAULT_TOOL_TIMEOUT = Duration.ofMinutes(2);

  private static final ToolRunOptions DEFAULTS = builder().build();

  private final int maxRounds;
  private final ToolErrorMode onToolError;
  private final @Nullable Executor executor;
  private final int maxConcurrency;
  private final Duration toolTimeout;

  private ToolRunOptions(Builder builder) {
    this.maxRounds = builder.maxRounds;
    this.onToolError = builder.onToolError;
    this.executor = builder.executor;
    this.maxConcurrency = builder.maxConcurrency;
    this.toolTimeout = builder.toolTimeout;
  }

  /**
   * The defaults: 8 rounds, failures reported to the model, 4 calls at once, 2 minutes a call.
   *
   * @return the shared default options
   */
  public static ToolRunOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to derive changed ones.
   *
   * @return a new builder with these options' values
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxRounds = maxRounds;
    builder.onToolError = onToolError;
    builder.executor = executor;
    builder.maxConcurrency = maxConcurrency;
    builder.toolTimeout = toolTimeout;
    return builder;
  }

  /**
   * The most rounds of tool results sent before the loop gives up.
   *
   * @return the cap on rounds, zero or more
   */
  public int maxRounds() {
    return maxRounds;
  }

  /**
   * What a failing or unknown tool does.
   *
   * @return report to the model, or raise
   */
  public ToolErrorMode onToolError() {
    return onToolError;
  }

  /**
   * Where tools run.
   *
   * @return the executor given; absent for Reactor's bounded-elastic scheduler (bounded in threads
   *     and queued tasks; tools may block)
   */
  public @Nullable Executor executor() {
    return executor;
  }

  /**
   * How many calls of one round run at the same time.
   *
   * @return at least 1
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * How long one tool call may take before it counts as failed.
   *
   * @return a positive duration
   */
  public Duration toolTimeout() {
    return toolTimeout;
  }

  @Override
  public String toString() {
    return "ToolRunOptions[maxRounds="
        + maxRounds
        + ", onToolError="
        + onToolError
        + ", executor="
        + (executor == null ? "bounded-elastic" : executor)
        + ", maxConcurrency="
        + maxConcurrency
        + ", toolTimeout="
        + toolTimeout
        + "]";
  }

  /** Builds {@link ToolRunOptions}; not thread-safe. */
  public static final class Builder {

    private int maxRounds = DEFAULT_MAX_ROUNDS;
    private ToolErrorMode onToolError = ToolErrorMode.REPORT_TO_MODEL;
    private @Nullable Executor executor;
    private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
    private Duration toolTimeout = DEFAULT_TOOL_TIMEOUT;

    private Builder() {}

    /**
     * The most rounds of tool results to send; when the model still calls tools after them, the
     * loop fails with a {@link ToolRoundLimitException}. Zero sends none: the first answer must not
     * call tools.
     *
     * @param maxRounds the cap, zero or more; {@value #DEFAULT_MAX_ROUNDS} by default
     * @return this builder
     * @throws IllegalArgumentException when the cap is negative
     */
    public Builder maxRounds(int maxRounds) {
      if (maxRounds < 0) {
        throw new IllegalArgumentException(
            "maxRounds must be zero or more, was " + maxRounds + "; pass the most rounds to run");
      }
      this.maxRounds = maxRounds;
      return this;
    }

    /**
     * What a failing or unknown tool does; {@link ToolErrorMode#REPORT_TO_MODEL} by default.
     *
     * @param onToolError report to the model, or raise
     * @return this builder
     */
    public Builder onToolError(ToolErrorMode onToolError) {
      this.onToolError = Objects.requireNonNull(onToolError, "onToolError");
      return this;
    }

    /**
     * Where tools run; by default Reactor's bounded-elastic scheduler. The executor is used, never
     * shut down. An unbounded executor lets a model that asks for many calls start as many threads.
     *
     * @param executor the executor; null for the bounded-elastic scheduler
     * @return this builder
     */
    public Builder executor(@Nullable Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * How many calls of one round run at the same time; 4 by default, 1 runs them in order.
     *
     * @param maxConcurrency at least 1
     * @return this builder
     * @throws IllegalArgumentException when it is less than 1
     */
    public Builder maxConcurrency(int maxConcurrency) {
      if (maxConcurrency < 1) {
        throw new IllegalArgumentException(
            "maxConcurrency must be at least 1, was " + maxConcurrency);
      }
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /**
     * How long one tool call may take; past it the call counts as failed (and is interrupted), as
     * {@link #onToolError} says. Two minutes by default.
     *
     * @param toolTimeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when it is zero or negative
     */
    public Builder toolTimeout(Duration toolTimeout) {
      Objects.requireNonNull(toolTimeout, "toolTimeout");
      if (toolTimeout.isNegative() || toolTimeout.isZero()) {
        throw new IllegalArgumentException(
            "toolTimeout must be positive, was " + toolTimeout + "; pass how long a tool may run");
      }
      this.toolTimeout = toolTimeout;
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, immutable
     */
    public ToolRunOptions build() {
      return new ToolRunOptions(this);
    }
  }
}
