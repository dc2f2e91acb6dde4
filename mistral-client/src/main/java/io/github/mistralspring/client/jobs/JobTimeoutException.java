package io.github.mistralspring.client.jobs;

import io.github.mistralspring.client.error.MistralException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/** A job did not reach a terminal status within the time the caller was willing to wait. */
public class JobTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The id of the job waited for. */
  private final String jobId;

  private final transient @Nullable JobStatus lastStatus;

  /** How long the caller waited. */
  private final Duration timeout;

  /**
   * Creates the exception.
   *
   * @param jobId the id of the job waited for
   * @param lastStatus the job's status at the last poll; null when no poll had answered yet
   * @param timeout how long the caller waited
   */
  public JobTimeoutException(String jobId, @Nullable JobStatus lastStatus, Duration timeout) {
    super(
        "Job "
            + jobId
            + " did not finish within "
            + timeout
            + "; its last status was "
            + (lastStatus == null ? "unknown (no answer yet)" : lastStatus.value())
            + ". The job goes on running on the server: wait again or cancel it.");
    this.jobId = jobId;
    this.lastStatus = lastStatus;
    this.timeout = timeout;
  }

  /**
   * The id of the job waited for.
   *
   * @return the job's id, to retrieve or cancel it
   */
  public String jobId() {
    return jobId;
  }

  /**
   * The job's status at the last poll.
   *
   * @return the last status read; absent when no poll had answered
   */
  public @Nullable JobStatus lastStatus() {
    return lastStatus;
  }

  /**
   * How long the caller waited.
   *
   * @return the timeout given to {@code awaitCompletion}
   */
  public Duration timeout() {
    return timeout;
  }
}
