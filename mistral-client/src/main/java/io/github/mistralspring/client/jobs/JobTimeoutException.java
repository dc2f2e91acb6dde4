package io.github.mistralspring.client.jobs;

import io.github.mistralspring.client.error.MistralException;
import java.time.Duration;

/** A job did not reach a terminal status within the time the caller was willing to wait. */
public class JobTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final String jobId;
  private final transient JobStatus lastStatus;
  private final Duration timeout;

  /** Creates the exception. */
  public JobTimeoutException(String jobId, JobStatus lastStatus, Duration timeout) {
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

  /** The id of the job waited for. */
  public String jobId() {
    return jobId;
  }

  /** The job's status at the last poll, or null when no poll had answered. */
  public JobStatus lastStatus() {
    return lastStatus;
  }

  /** How long the caller waited. */
  public Duration timeout() {
    return timeout;
  }
}
