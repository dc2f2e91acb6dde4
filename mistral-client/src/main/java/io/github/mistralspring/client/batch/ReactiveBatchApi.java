package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batch jobs: create, list, describe, cancel and wait for them, as {@link Mono} and {@link Flux};
 * get it from {@code ReactiveMistralClient.batch()}.
 */
public interface ReactiveBatchApi extends WithOptions<ReactiveBatchApi> {

  /** Lists batch jobs. */
  MistralOperation LIST = MistralOperation.get("batch.jobs.list", "/v1/batch/jobs");

  /** Creates a batch job; never retried once sent. */
  MistralOperation CREATE = MistralOperation.statefulPost("batch.jobs.create", "/v1/batch/jobs");

  /** Describes one batch job. */
  MistralOperation RETRIEVE =
      MistralOperation.get("batch.jobs.retrieve", "/v1/batch/jobs/{job_id}");

  /** Cancels a batch job; never retried once sent. */
  MistralOperation CANCEL =
      MistralOperation.statefulPost("batch.jobs.cancel", "/v1/batch/jobs/{job_id}/cancel");

  /**
   * Returns this API group polling with another backoff when waiting; by default it polls after 1
   * s, doubling up to 30 s ({@link PollingBackoff#DEFAULT}).
   */
  ReactiveBatchApi withPollingBackoff(PollingBackoff backoff);

  /** Lists the first page of batch jobs. */
  Mono<Page<BatchJob>> list();

  /** Lists one page of batch jobs, filtered by the query. */
  Mono<Page<BatchJob>> list(BatchJobListQuery query);

  /**
   * Emits every job that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   */
  Flux<BatchJob> listAll(BatchJobListQuery query);

  /** Every item of the list, all filters unset; fetched lazily, page by page. */
  default Flux<BatchJob> listAll() {
    return listAll(BatchJobListQuery.ALL);
  }

  /** Creates a batch job and emits it. */
  Mono<BatchJob> create(BatchJobRequest request);

  /** Describes one batch job. */
  Mono<BatchJob> retrieve(String jobId);

  /**
   * Describes one batch job; with {@code inline} true the results come inline in {@link
   * BatchJob#outputs()}.
   */
  Mono<BatchJob> retrieve(String jobId, Boolean inline);

  /** Asks for a batch job to be cancelled and emits the job as it then is. */
  Mono<BatchJob> cancel(String jobId);

  /**
   * Polls a job with this group's backoff until its status is terminal (succeeded, failed, timed
   * out or cancelled) and emits it then, whatever the outcome; fails with a {@link
   * JobTimeoutException} when {@code timeout} runs out first. The job goes on running on a timeout.
   */
  Mono<BatchJob> awaitCompletion(String jobId, Duration timeout);
}
