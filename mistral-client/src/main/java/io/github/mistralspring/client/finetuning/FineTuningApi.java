package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.files.Pages;
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
    return reactive.list().block();
  }

  /** Lists one page of fine-tuning jobs, filtered by the query. */
  public JobsOut list(FineTuningJobListQuery query) {
    return reactive.list(query).block();
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
        page -> {
          JobsOut out = reactive.list(query.withPage(page)).block();
          return new Pages.Page<>(out.data(), out.total());
        });
  }

  /** Creates a fine-tuning job and returns it. */
  public FineTuningJob create(JobIn request) {
    return reactive.create(request).block();
  }

  /** Creates a job, or with {@code dryRun} only checks it and returns the estimates. */
  public FineTuningJobCreateResult create(JobIn request, boolean dryRun) {
    return reactive.create(request, dryRun).block();
  }

  /** Checks a job without spawning it and returns the estimates. */
  public FineTuningJobCreateResult dryRun(JobIn request) {
    return reactive.dryRun(request).block();
  }

  /** Describes one job, with its events and checkpoints. */
  public FineTuningJob retrieve(String jobId) {
    return reactive.retrieve(jobId).block();
  }

  /** Asks for a job to be cancelled and returns the job as it then is. */
  public FineTuningJob cancel(String jobId) {
    return reactive.cancel(jobId).block();
  }

  /** Starts a validated job that was created without auto-start. */
  public FineTuningJob start(String jobId) {
    return reactive.start(jobId).block();
  }

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   */
  public FineTuningJob awaitCompletion(String jobId, Duration timeout) {
    return reactive.awaitCompletion(jobId, timeout).block();
  }
}
