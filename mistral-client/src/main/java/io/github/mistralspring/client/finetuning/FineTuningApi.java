package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import java.time.Duration;
import java.util.stream.Stream;

/** Fine-tuning jobs: create, list, describe, start, cancel and wait for them, blocking. */
public final class FineTuningApi {

  private final ReactiveFineTuningApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public FineTuningApi(ReactiveFineTuningApi reactive) {
    this.reactive = reactive;
  }

  /** Returns this API group polling with another backoff when waiting. */
  public FineTuningApi withPollingBackoff(PollingBackoff backoff) {
    return new FineTuningApi(reactive.withPollingBackoff(backoff));
  }

  /** Lists the first page of fine-tuning jobs. */
  public JobsOut list() {
    return Blocking.await(reactive.list());
  }

  /** Lists one page of fine-tuning jobs, filtered by the query. */
  public JobsOut list(FineTuningJobListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   */
  public Stream<FineTuningJob> listAll(FineTuningJobListQuery query) {
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        FineTuningJob::id,
        page -> {
          JobsOut out = Blocking.await(reactive.list(query.withPage(page)));
          return new Pages.Page<>(out.data(), out.total());
        });
  }

  /** Creates a fine-tuning job and returns it. */
  public FineTuningJob create(JobIn request) {
    return Blocking.await(reactive.create(request));
  }

  /** Creates a job, or with {@code dryRun} only checks it and returns the estimates. */
  public FineTuningJobCreateResult create(JobIn request, boolean dryRun) {
    return Blocking.await(reactive.create(request, dryRun));
  }

  /** Checks a job without spawning it and returns the estimates. */
  public FineTuningJobCreateResult dryRun(JobIn request) {
    return Blocking.await(reactive.dryRun(request));
  }

  /** Describes one job, with its events and checkpoints. */
  public FineTuningJob retrieve(String jobId) {
    return Blocking.await(reactive.retrieve(jobId));
  }

  /** Asks for a job to be cancelled and returns the job as it then is. */
  public FineTuningJob cancel(String jobId) {
    return Blocking.await(reactive.cancel(jobId));
  }

  /** Starts a validated job that was created without auto-start. */
  public FineTuningJob start(String jobId) {
    return Blocking.await(reactive.start(jobId));
  }

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   */
  public FineTuningJob awaitCompletion(String jobId, Duration timeout) {
    return Blocking.await(reactive.awaitCompletion(jobId, timeout));
  }
}
