package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Batch jobs: create, list, describe, cancel and wait for them, as {@link Mono} and {@link Flux};
 * get it from {@code ReactiveMistralClient.batch()}.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null job id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException} at the call, before anything is sent.
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
   *
   * @param backoff how long to wait between two polls of {@link #awaitCompletion}
   * @return a view of this group that polls with that backoff; this group is unchanged
   */
  ReactiveBatchApi withPollingBackoff(PollingBackoff backoff);

  /**
   * Lists the first page of batch jobs.
   *
   * @return the first page of jobs, with the API's default page size
   */
  Mono<Page<BatchJob>> list();

  /**
   * Lists one page of batch jobs, filtered by the query.
   *
   * @param query the page and the filters ({@link BatchJobListQuery#ALL} for none)
   * @return the page of jobs that match the query
   */
  Mono<Page<BatchJob>> list(BatchJobListQuery query);

  /**
   * Emits every job that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   *
   * @param query the filters, and the page to start from
   * @return the matching jobs, page after page
   */
  Flux<BatchJob> listAll(BatchJobListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every batch job, page after page
   */
  default Flux<BatchJob> listAll() {
    return listAll(BatchJobListQuery.ALL);
  }

  /**
   * Creates a batch job and emits it.
   *
   * @param request the input files or inline requests, the endpoint and the model or agent
   * @return the job as created, usually {@code QUEUED}; its id is what the other methods take
   */
  Mono<BatchJob> create(BatchJobRequest request);

  /**
   * Describes one batch job.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @return the job with its current status and counts
   */
  Mono<BatchJob> retrieve(String jobId);

  /**
   * Describes one batch job; with {@code inline} true the results come inline in {@link
   * BatchJob#outputs()}.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @param inline true to get the results inline; null leaves it to the API (no results inline)
   * @return the job with its current status and counts
   */
  Mono<BatchJob> retrieve(String jobId, @Nullable Boolean inline);

  /**
   * Asks for a batch job to be cancelled and emits the job as it then is.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @return the job, usually {@code CANCELLATION_REQUESTED} until the API has stopped it
   */
  Mono<BatchJob> cancel(String jobId);

  /**
   * Polls a job with this group's backoff until its status is terminal (succeeded, failed, timed
   * out or cancelled) and emits it then, whatever the outcome; fails with a {@link
   * JobTimeoutException} when {@code timeout} runs out first. The job goes on running on a timeout.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @param timeout how long to wait in all
   * @return the job in its terminal status
   */
  Mono<BatchJob> awaitCompletion(String jobId, Duration timeout);
}
