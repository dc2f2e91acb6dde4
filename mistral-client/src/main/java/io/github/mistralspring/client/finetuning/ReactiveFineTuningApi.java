package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fine-tuning jobs: create, list, describe, start, cancel and wait for them, as {@link Mono} and
 * {@link Flux}; get it from {@code ReactiveMistralClient.fineTuning()}.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null job id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException} at the call, before anything is sent.
 *
 * @deprecated Mistral retired legacy fine-tuning: the 2026-07 specification files these routes
 *     under {@code deprecated.fine-tuning}, the official SDKs dropped their fine-tuning jobs group,
 *     and the API answers them with {@code 410 Gone}, which this client throws as {@link
 *     io.github.mistralspring.client.error.MistralGoneException} (with what replaced them when the
 *     answer says). Fine-tuned models stay reachable through {@code models()}.
 */
@Deprecated(since = "0.1.0")
public interface ReactiveFineTuningApi extends WithOptions<ReactiveFineTuningApi> {

  /** Lists fine-tuning jobs. */
  MistralOperation LIST = MistralOperation.get("fine_tuning.jobs.list", "/v1/fine_tuning/jobs");

  /** Creates a fine-tuning job (or dry-runs it); never retried once sent. */
  MistralOperation CREATE =
      MistralOperation.statefulPost("fine_tuning.jobs.create", "/v1/fine_tuning/jobs");

  /** Describes one fine-tuning job, with its events and checkpoints. */
  MistralOperation RETRIEVE =
      MistralOperation.get("fine_tuning.jobs.retrieve", "/v1/fine_tuning/jobs/{job_id}");

  /** Cancels a fine-tuning job; never retried once sent. */
  MistralOperation CANCEL =
      MistralOperation.statefulPost(
          "fine_tuning.jobs.cancel", "/v1/fine_tuning/jobs/{job_id}/cancel");

  /** Starts a validated fine-tuning job; never retried once sent. */
  MistralOperation START =
      MistralOperation.statefulPost(
          "fine_tuning.jobs.start", "/v1/fine_tuning/jobs/{job_id}/start");

  /**
   * Returns this API group polling with another backoff when waiting; by default it polls after 1
   * s, doubling up to 30 s ({@link PollingBackoff#DEFAULT}).
   *
   * @param backoff how long to wait between two polls of {@link #awaitCompletion}
   * @return a view of this group that polls with that backoff; this group is unchanged
   */
  ReactiveFineTuningApi withPollingBackoff(PollingBackoff backoff);

  /**
   * Lists the first page of fine-tuning jobs.
   *
   * @return the first page of jobs, with the API's default page size
   */
  Mono<Page<FineTuningJob>> list();

  /**
   * Lists one page of fine-tuning jobs, filtered by the query.
   *
   * @param query the page and the filters ({@link FineTuningJobListQuery#ALL} for none)
   * @return the page of jobs that match the query
   */
  Mono<Page<FineTuningJob>> list(FineTuningJobListQuery query);

  /**
   * Emits every job that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   *
   * @param query the filters, and the page to start from
   * @return the matching jobs, page after page
   */
  Flux<FineTuningJob> listAll(FineTuningJobListQuery query);

  /**
   * Every item of the list, all filters unset; fetched lazily, page by page.
   *
   * @return every fine-tuning job, page after page
   */
  default Flux<FineTuningJob> listAll() {
    return listAll(FineTuningJobListQuery.ALL);
  }

  /**
   * Creates a fine-tuning job and emits it.
   *
   * @param request the model, the training files and the hyperparameters
   * @return the job as created; its id is what the other methods take
   */
  Mono<FineTuningJob> create(FineTuningJobRequest request);

  /**
   * Creates a fine-tuning job, or with {@code dryRun} only checks it and emits the estimates
   * ({@link FineTuningJobEstimate}) without spawning it.
   *
   * @param request the model, the training files and the hyperparameters
   * @param dryRun true to get the estimates and spawn no job
   * @return the created {@link FineTuningJob}, or the estimates of a dry run
   */
  Mono<FineTuningJobCreateResult> create(FineTuningJobRequest request, boolean dryRun);

  /**
   * Creates a fine-tuning job without spawning it and emits the estimates.
   *
   * @param request the model, the training files and the hyperparameters
   * @return the estimates ({@link FineTuningJobEstimate}) of duration, cost and tokens
   */
  Mono<FineTuningJobCreateResult> dryRun(FineTuningJobRequest request);

  /**
   * Describes one job, with its events and checkpoints.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job with its current status, events and checkpoints
   */
  Mono<FineTuningJob> retrieve(String jobId);

  /**
   * Asks for a job to be cancelled and emits the job as it then is.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job, usually {@code CANCELLATION_REQUESTED} until the API has stopped it
   */
  Mono<FineTuningJob> cancel(String jobId);

  /**
   * Starts a validated job that was created without auto-start and emits it.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @return the job, now queued or running
   */
  Mono<FineTuningJob> start(String jobId);

  /**
   * Polls a job with this group's backoff until its status is terminal (succeeded, failed or
   * cancelled) and emits it then, whatever the outcome; fails with a {@link JobTimeoutException}
   * when {@code timeout} runs out first. The job itself goes on running on a timeout.
   *
   * @param jobId the job's id ({@link FineTuningJob#id()})
   * @param timeout how long to wait in all
   * @return the job in its terminal status
   */
  Mono<FineTuningJob> awaitCompletion(String jobId, Duration timeout);
}
