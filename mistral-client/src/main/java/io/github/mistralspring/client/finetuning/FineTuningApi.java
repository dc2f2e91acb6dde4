package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Fine-tuning jobs: create, list, describe, start, cancel and wait for them, blocking; get it from
 * {@code MistralClient.fineTuning()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null job id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException}, before anything is sent.
 *
 * @deprecated Mistral retired legacy fine-tuning: the 2026-07 specification files these routes
 *     under {@code deprecated.fine-tuning}, the official SDKs dropped their fine-tuning jobs group,
 *     and the API answers them with {@code 410 Gone}, which this client throws as {@link
 *     io.github.mistralspring.client.error.MistralGoneException} (with what replaced them when the
 *     answer says). Fine-tuned models stay reachable through {@code models()}.
 */
@Deprecated(since = "0.1.0")
public interface FineTuningApi extends WithOptions<FineTuningApi> {

  /**
   * Returns this API group polling with another backoff when waiting; by default it polls after 1
   * s, doubling up to 30 s ({@link PollingBackoff#DEFAULT}).
   *
   * @param backoff how long to wait between two polls of {@link #awaitCompletion}
   * @return a view of this group that polls with that backoff; this group is unchanged
   */
  FineTuningApi withPollingBackoff(PollingBackoff backoff);

  /**
   * Lists the first page of fine-tuning jobs.
   *
   * @return the first page of jobs, with the API's default page size
   */
  Page<FineTuningJob> list();

  /**
   * Lists one page of fine-tuning jobs, filtered by the query.
   *
   * @param query the page and the filters ({@link FineTuningJobListQuery#ALL} for none)
   * @return the page of jobs that match the query
   */
  Page<FineTuningJob> list(FineTuningJobListQuery query);

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   *
   * @param query the filters, and the page to start from
   * @return the matching jobs, page after page; a failed page fetch throws from the stream
   */
  Stream<FineTuningJob> listAll(FineTuningJobListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every fine-tuning job, page after page
   */
  default Stream<FineTuningJob> listAll() {
    return listAll(FineTuningJobListQuery.ALL);
  }

  /**
   * Creates a fine-tuning job and returns it.
   *
   * @param request the model, the training files and the hyperparameters
   * @return the job as created; its id is what the other methods take
   */
  FineTuningJob create(FineTuningJobRequest request);

  /**
   * Creates a job, or with {@code dryRun} only checks it and returns the estimates.
   *
   * @param request the model, the training files and the hyperparameters
   * @param dryRun true to get a {@link FineTuningJobEstimate} and spawn no job
   * @return the created {@link FineTuningJob}, or the estimates of a dry run
   */
  FineTuningJobCreateResult create(FineTuningJobRequest request, boolean dryRun);

  /**
   * Checks a job without spawning it and returns the estimates.
   *
   * @param request the model, the training files and the hyperparameters
   * @return the estimates ({@link FineTuningJobEstimate}) of duration, cost and tokens
   */
  FineTuningJobCreateResult dryRun(FineTuningJobRequest request);

  /**
   * Describes one job, with its events and checkpoints.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job with its current status, events and checkpoints
   */
  FineTuningJob retrieve(String jobId);

  /**
   * Asks for a job to be cancelled and returns the job as it then is.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job, usually {@code CANCELLATION_REQUESTED} until the API has stopped it
   */
  FineTuningJob cancel(String jobId);

  /**
   * Starts a validated job that was created without auto-start.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job, now queued or running
   */
  FineTuningJob start(String jobId);

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @param timeout how long to wait in all; the job goes on running when it runs out
   * @return the job in its terminal status (succeeded, failed or cancelled)
   * @throws JobTimeoutException when {@code timeout} runs out first
   */
  FineTuningJob awaitCompletion(String jobId, Duration timeout);
}
