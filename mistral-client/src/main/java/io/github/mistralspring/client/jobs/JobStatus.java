package io.github.mistralspring.client.jobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Set;

/**
 * The status of a fine-tuning or batch job, such as {@code QUEUED} or {@code SUCCESS}.
 *
 * <p>A string-backed value rather than an enum: a status the client does not know yet reads without
 * error, and counts as not terminal, so waiting goes on until the job reaches a known end or the
 * wait times out.
 */
public record JobStatus(@JsonValue String value) {

  /** Waiting to run. */
  public static final JobStatus QUEUED = new JobStatus("QUEUED");

  /** A fine-tuning job that has started. */
  public static final JobStatus STARTED = new JobStatus("STARTED");

  /** A fine-tuning job whose data is being validated. */
  public static final JobStatus VALIDATING = new JobStatus("VALIDATING");

  /** A fine-tuning job whose data passed validation; it waits to be started. */
  public static final JobStatus VALIDATED = new JobStatus("VALIDATED");

  /** Running. */
  public static final JobStatus RUNNING = new JobStatus("RUNNING");

  /** A fine-tuning job whose data failed validation; terminal. */
  public static final JobStatus FAILED_VALIDATION = new JobStatus("FAILED_VALIDATION");

  /** Failed; terminal. */
  public static final JobStatus FAILED = new JobStatus("FAILED");

  /** Finished successfully; terminal. */
  public static final JobStatus SUCCESS = new JobStatus("SUCCESS");

  /** A batch job that ran out of its time; terminal. */
  public static final JobStatus TIMEOUT_EXCEEDED = new JobStatus("TIMEOUT_EXCEEDED");

  /** Cancellation was asked for and is under way. */
  public static final JobStatus CANCELLATION_REQUESTED = new JobStatus("CANCELLATION_REQUESTED");

  /** Cancelled; terminal. */
  public static final JobStatus CANCELLED = new JobStatus("CANCELLED");

  private static final Set<String> TERMINAL =
      Set.of("SUCCESS", "FAILED", "FAILED_VALIDATION", "CANCELLED", "TIMEOUT_EXCEEDED");

  /**
   * Checks that the value is present.
   *
   * @param value the status as the API spells it, such as {@code RUNNING}
   */
  public JobStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the status for the given string, known or not.
   *
   * @param value the status as the API spells it, such as {@code RUNNING}
   * @return the status; one of the constants of this class equals it when the value is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static JobStatus of(String value) {
    return new JobStatus(value);
  }

  /**
   * Whether the job will not change any more: succeeded, failed, cancelled or timed out.
   *
   * @return true for a known end status; false for a running one and for one the client does not
   *     know
   */
  public boolean isTerminal() {
    return TERMINAL.contains(value);
  }

  /**
   * Whether the job finished successfully.
   *
   * @return true only for {@link #SUCCESS}
   */
  public boolean isSuccess() {
    return SUCCESS.equals(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
