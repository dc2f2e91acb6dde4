package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * Polls a job until it reaches a terminal status, or any resource until an answer says it is ready;
 * the engine behind the {@code awaitCompletion} methods of the fine-tuning and batch APIs and
 * behind waiting for a library document to be processed.
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
    Objects.requireNonNull(status, "status");
    return awaitUntil(
        fetch,
        job -> {
          JobStatus current = status.apply(job);
          return current != null && current.isTerminal();
        },
        timeout,
        backoff,
        last -> new JobTimeoutException(jobId, last == null ? null : status.apply(last), timeout));
  }

  /**
   * Fetches a resource, then again after each backoff delay, until {@code done} holds for the
   * answer, and emits that answer. Fails with the exception {@code timedOut} makes from the last
   * answer (null when none had come) when {@code timeout} runs out first (an in-flight fetch is
   * cancelled), and with the API's exception when a fetch fails (the transport has already retried
   * what may be retried).
   *
   * @param fetch fetches the resource once per subscription
   * @param done whether an answer ends the wait
   * @param timeout how long to wait in all
   * @param backoff the delays between fetches
   * @param timedOut the failure for a wait that ran out, from the last answer or null
   */
  public static <J> Mono<J> awaitUntil(
      Supplier<Mono<J>> fetch,
      Predicate<J> done,
      Duration timeout,
      PollingBackoff backoff,
      Function<J, ? extends RuntimeException> timedOut) {
    Objects.requireNonNull(fetch, "fetch");
    Objects.requireNonNull(done, "done");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(backoff, "backoff");
    Objects.requireNonNull(timedOut, "timedOut");
    return Mono.defer(
        () -> {
          AtomicReference<J> last = new AtomicReference<>();
          return Mono.defer(fetch)
              .flatMap(
                  answer -> {
                    last.set(answer);
                    return done.test(answer) ? Mono.just(answer) : Mono.<J>empty();
                  })
              .repeatWhenEmpty(
                  attempts -> attempts.concatMap(attempt -> Mono.delay(backoff.delay(attempt))))
              .timeout(timeout, Mono.defer(() -> Mono.error(timedOut.apply(last.get()))));
        });
  }
}
