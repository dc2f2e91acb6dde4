package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Batch jobs: create, list, describe, cancel and wait for them, blocking; get it from {@code
 * MistralClient.batch()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null job id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException}, before anything is sent.
 */
public interface BatchApi extends WithOptions<BatchApi> {

  /**
   * Returns this API group polling with another backoff when waiting; by default it polls after 1
   * s, doubling up to 30 s ({@link PollingBackoff#DEFAULT}).
   *
   * @param backoff how long to wait between two polls of {@link #awaitCompletion}
   * @return a view of this group that polls with that backoff; this group is unchanged
   */
  BatchApi withPollingBackoff(PollingBackoff backoff);

  /**
   * Lists the first page of batch jobs.
   *
   * @return the first page of jobs, with the API's default page size
   */
  Page<BatchJob> list();

  /**
   * Lists one page of batch jobs, filtered by the query.
   *
   * @param query the page and the filters ({@link BatchJobListQuery#ALL} for none)
   * @return the page of jobs that match the query
   */
  Page<BatchJob> list(BatchJobListQuery query);

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   *
   * @param query the filters, and the page to start from
   * @return the matching jobs, page after page; a failed page fetch throws from the stream
   */
  Stream<BatchJob> listAll(BatchJobListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every batch job, page after page
   */
  default Stream<BatchJob> listAll() {
    return listAll(BatchJobListQuery.ALL);
  }

  /**
   * Creates a batch job and returns it.
   *
   * @param request the input files or inline requests, the endpoint and the model or agent
   * @return the job as created, usually {@code QUEUED}; its id is what the other methods take
   */
  BatchJob create(BatchJobRequest request);

  /**
   * Describes one batch job.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @return the job with its current status and counts
   */
  BatchJob retrieve(String jobId);

  /**
   * Describes one batch job, with its results inline when {@code inline} is true.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @param inline true to get the results in {@link BatchJob#outputs()}; null leaves it to the API
   *     (no results inline)
   * @return the job with its current status and counts
   */
  BatchJob retrieve(String jobId, @Nullable Boolean inline);

  /**
   * Asks for a batch job to be cancelled and returns the job as it then is.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @return the job, usually {@code CANCELLATION_REQUESTED} until the API has stopped it
   */
  BatchJob cancel(String jobId);

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome.
   *
   * @param jobId the job's id ({@link BatchJob#id()})
   * @param timeout how long to wait in all; the job goes on running when it runs out
   * @return the job in its terminal status (succeeded, failed, timed out or cancelled)
   * @throws JobTimeoutException when {@code timeout} runs out first
   */
  BatchJob awaitCompletion(String jobId, Duration timeout);
}
