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
 * @deprecated Mistral retired legacy fine-tuning: the 2026-07 specification files these routes
 *     under {@code deprecated.fine-tuning}, the official SDKs dropped their fine-tuning jobs group,
 *     and the API answers them with {@code 410 Gone}, which this client throws as {@link
 *     io.github.mistralspring.client.error.MistralGoneException} (with what replaced them when the
 *     answer says). Fine-tuned models stay reachable through {@code models()}.
 */
@Deprecated(since = "0.1.0")
public interface FineTuningApi extends WithOptions<FineTuningApi> {

  /** Returns this API group polling with another backoff when waiting. */
  FineTuningApi withPollingBackoff(PollingBackoff backoff);

  /** Lists the first page of fine-tuning jobs. */
  Page<FineTuningJob> list();

  /** Lists one page of fine-tuning jobs, filtered by the query. */
  Page<FineTuningJob> list(FineTuningJobListQuery query);

  /**
   * Returns every job that matches the query, from the query's page (or the first) on; each page is
   * fetched only when the stream reaches it.
   */
  Stream<FineTuningJob> listAll(FineTuningJobListQuery query);

  /** Every item of the list, all filters unset; fetched lazily, page by page. */
  default Stream<FineTuningJob> listAll() {
    return listAll(FineTuningJobListQuery.ALL);
  }

  /** Creates a fine-tuning job and returns it. */
  FineTuningJob create(FineTuningJobRequest request);

  /** Creates a job, or with {@code dryRun} only checks it and returns the estimates. */
  FineTuningJobCreateResult create(FineTuningJobRequest request, boolean dryRun);

  /** Checks a job without spawning it and returns the estimates. */
  FineTuningJobCreateResult dryRun(FineTuningJobRequest request);

  /** Describes one job, with its events and checkpoints. */
  FineTuningJob retrieve(String jobId);

  /** Asks for a job to be cancelled and returns the job as it then is. */
  FineTuningJob cancel(String jobId);

  /** Starts a validated job that was created without auto-start. */
  FineTuningJob start(String jobId);

  /**
   * Waits until a job's status is terminal and returns it, whatever the outcome; throws a {@link
   * JobTimeoutException} when {@code timeout} runs out first.
   */
  FineTuningJob awaitCompletion(String jobId, Duration timeout);
}
