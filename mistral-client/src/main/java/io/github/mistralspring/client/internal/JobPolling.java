package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Polls a job until it reaches a terminal status; the engine behind the {@code awaitCompletion}
 * methods of the fine-tuning and batch APIs.
 */
public final class JobPolling {

  private JobPolling() {}

  /**
   * Fetches the job, then again after each backoff delay, until its status is terminal, and emits
   * that last answer. Fails with a {@link JobTimeoutException} when {@code timeout} runs out first
   * (an in-flight poll is cancelled), and with the API's exception when a poll fails (the transport
   * has already retried what may be retried).
   *
   * @param jobId the job's id, for the timeout message
   * @param fetch fetches the job once per subscription
   * @param status reads the status of a fetched job
   * @param timeout how long to wait in all
   * @param backoff the delays between polls
   */
  public static <J> Mono<J> awaitTerminal(
      String jobId,
      Supplier<Mono<J>> fetch,
      Function<J, JobStatus> status,
      Duration timeout,
      PollingBackoff backoff) {
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    return Mono.defer(
        () -> {
          AtomicReference<JobStatus> last = new AtomicReference<>();
          return Mono.defer(fetch)
              .flatMap(
                  job -> {
                    JobStatus current = status.apply(job);
                    last.set(current);
                    return current != null && current.isTerminal()
                        ? Mono.just(job)
                        : Mono.<J>empty();
                  })
              .repeatWhenEmpty(
                  attempts -> attempts.concatMap(attempt -> Mono.delay(backoff.delay(attempt))))
              .timeout(
                  timeout,
                  Mono.defer(
                      () -> Mono.error(new JobTimeoutException(jobId, last.get(), timeout))));
        });
  }
}
