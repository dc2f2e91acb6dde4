package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Batch jobs: create, list, describe, cancel and wait for them, blocking; get it from {@code
 * MistralClient.batch()}.
 */
public interface BatchApi extends WithOptions<BatchApi> {

  /** Returns this API group polling with another backoff when waiting. */
  BatchApi withPollingBackoff(PollingBackoff backoff);

  /** Lists the first page of batch jobs. */
  Page<BatchJob> list();

  /** Lists one page of batch jobs, filtered by the query. */
  Page<BatchJob> list(BatchJobListQuery query);

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   */
  Stream<BatchJob> listAll(BatchJobListQuery query);

  /** Every item of the list, all filters unset; fetched lazily, page by page. */
  default Stream<BatchJob> listAll() {
    return listAll(BatchJobListQuery.ALL);
  }

  /** Creates a batch job and returns it. */
  BatchJob create(BatchJobRequest request);

  /** Describes one batch job. */
  BatchJob retrieve(String jobId);

  /** Describes one batch job, with its results inline when {@code inline} is true. */
  BatchJob retrieve(String jobId, Boolean inline);

  /** Asks for a batch job to be cancelled and returns the job as it then is. */
  BatchJob cancel(String jobId);

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   */
  BatchJob awaitCompletion(String jobId, Duration timeout);
}
