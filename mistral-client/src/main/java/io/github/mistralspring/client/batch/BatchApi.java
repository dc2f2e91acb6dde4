package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import java.time.Duration;
import java.util.stream.Stream;

/** Batch jobs: create, list, describe, cancel and wait for them, blocking. */
public final class BatchApi {

  private final ReactiveBatchApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public BatchApi(ReactiveBatchApi reactive) {
    this.reactive = reactive;
  }

  /** Returns this API group polling with another backoff when waiting. */
  public BatchApi withPollingBackoff(PollingBackoff backoff) {
    return new BatchApi(reactive.withPollingBackoff(backoff));
  }

  /** Lists the first page of batch jobs. */
  public BatchJobsOut list() {
    return Blocking.await(reactive.list());
  }

  /** Lists one page of batch jobs, filtered by the query. */
  public BatchJobsOut list(BatchJobListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   */
  public Stream<BatchJobOut> listAll(BatchJobListQuery query) {
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        BatchJobOut::id,
        page -> {
          BatchJobsOut out = Blocking.await(reactive.list(query.withPage(page)));
          return new Pages.Page<>(out.data(), out.total());
        });
  }

  /** Creates a batch job and returns it. */
  public BatchJobOut create(BatchJobIn request) {
    return Blocking.await(reactive.create(request));
  }

  /** Describes one batch job. */
  public BatchJobOut retrieve(String jobId) {
    return Blocking.await(reactive.retrieve(jobId));
  }

  /** Describes one batch job, with its results inline when {@code inline} is true. */
  public BatchJobOut retrieve(String jobId, Boolean inline) {
    return Blocking.await(reactive.retrieve(jobId, inline));
  }

  /** Asks for a batch job to be cancelled and returns the job as it then is. */
  public BatchJobOut cancel(String jobId) {
    return Blocking.await(reactive.cancel(jobId));
  }

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   */
  public BatchJobOut awaitCompletion(String jobId, Duration timeout) {
    return Blocking.await(reactive.awaitCompletion(jobId, timeout));
  }
}
