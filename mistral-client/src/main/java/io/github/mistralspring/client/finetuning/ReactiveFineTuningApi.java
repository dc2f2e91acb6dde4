package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.internal.JobPolling;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.json.MistralJson;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Fine-tuning jobs: create, list, describe, start, cancel and wait for them, as {@link Mono} and
 * {@link Flux}.
 */
public final class ReactiveFineTuningApi {

  /** Lists fine-tuning jobs. */
  public static final MistralOperation LIST =
      MistralOperation.get("fine_tuning.jobs.list", "/v1/fine_tuning/jobs");

  /** Creates a fine-tuning job (or dry-runs it); never retried once sent. */
  public static final MistralOperation CREATE =
      MistralOperation.statefulPost("fine_tuning.jobs.create", "/v1/fine_tuning/jobs");

  /** Describes one fine-tuning job, with its events and checkpoints. */
  public static final MistralOperation RETRIEVE =
      MistralOperation.get("fine_tuning.jobs.retrieve", "/v1/fine_tuning/jobs/{job_id}");

  /** Cancels a fine-tuning job; never retried once sent. */
  public static final MistralOperation CANCEL =
      MistralOperation.statefulPost(
          "fine_tuning.jobs.cancel", "/v1/fine_tuning/jobs/{job_id}/cancel");

  /** Starts a validated fine-tuning job; never retried once sent. */
  public static final MistralOperation START =
      MistralOperation.statefulPost(
          "fine_tuning.jobs.start", "/v1/fine_tuning/jobs/{job_id}/start");

  private final MistralTransport transport;
  private final PollingBackoff backoff;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code
   * fineTuning()}. Waiting polls with {@link PollingBackoff#DEFAULT}.
   */
  public ReactiveFineTuningApi(MistralTransport transport) {
    this(transport, PollingBackoff.DEFAULT);
  }

  /** Creates the API group on a transport, waiting with the given polling backoff. */
  public ReactiveFineTuningApi(MistralTransport transport, PollingBackoff backoff) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /** Returns this API group polling with another backoff when waiting. */
  public ReactiveFineTuningApi withPollingBackoff(PollingBackoff backoff) {
    return new ReactiveFineTuningApi(transport, backoff);
  }

  /** The backoff used between polls when waiting for a job. */
  public PollingBackoff pollingBackoff() {
    return backoff;
  }

  /** Lists the first page of fine-tuning jobs. */
  public Mono<JobsOut> list() {
    return list(FineTuningJobListQuery.ALL);
  }

  /** Lists one page of fine-tuning jobs, filtered by the query. */
  public Mono<JobsOut> list(FineTuningJobListQuery query) {
    Objects.requireNonNull(query, "query");
    return transport.exchange(
        MistralRequest.of(LIST)
            .query("page", query.page())
            .query("page_size", query.pageSize())
            .query("model", query.model())
            .query("created_after", dateTime(query.createdAfter()))
            .query("created_before", dateTime(query.createdBefore()))
            .query("created_by_me", query.createdByMe())
            .query("status", query.status())
            .query("wandb_project", query.wandbProject())
            .query("wandb_name", query.wandbName())
            .query("suffix", query.suffix()),
        JobsOut.class);
  }

  /**
   * Emits every job that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   */
  public Flux<FineTuningJob> listAll(FineTuningJobListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.flux(
        first,
        query.pageSize(),
        FineTuningJob::id,
        page -> list(query.withPage(page)).map(out -> new Pages.Page<>(out.data(), out.total())));
  }

  /** Creates a fine-tuning job and emits it. */
  public Mono<FineTuningJob> create(JobIn request) {
    return create(request, false)
        .flatMap(
            result ->
                result instanceof FineTuningJob job
                    ? Mono.just(job)
                    : Mono.error(
                        new MistralResponseParseException(
                            "Creating a fine-tuning job answered with estimates, not a job",
                            200,
                            String.valueOf(result),
                            null)));
  }

  /**
   * Creates a fine-tuning job, or with {@code dryRun} only checks it and emits the estimates
   * ({@link LegacyJobMetadataOut}) without spawning it.
   */
  public Mono<FineTuningJobCreateResult> create(JobIn request, boolean dryRun) {
    Objects.requireNonNull(request, "request");
    return transport
        .exchange(
            MistralRequest.of(CREATE, request).query("dry_run", dryRun ? Boolean.TRUE : null),
            JsonNode.class)
        .map(ReactiveFineTuningApi::createResult);
  }

  /** Creates a fine-tuning job without spawning it and emits the estimates. */
  public Mono<FineTuningJobCreateResult> dryRun(JobIn request) {
    return create(request, true);
  }

  /** Tells a job from dry-run estimates: a job has a {@code job_type} or is {@code object: job}. */
  static FineTuningJobCreateResult createResult(JsonNode node) {
    boolean job =
        node.has("job_type") || (node.has("object") && "job".equals(node.get("object").asString()));
    Class<? extends FineTuningJobCreateResult> type =
        job ? FineTuningJob.class : LegacyJobMetadataOut.class;
    try {
      return MistralJson.mapper().treeToValue(node, type);
    } catch (JacksonException failure) {
      throw new MistralResponseParseException(
          "Could not read the response to POST "
              + CREATE.path()
              + " as "
              + type.getSimpleName()
              + ": "
              + failure.getOriginalMessage(),
          200,
          node.toString(),
          failure);
    }
  }

  /** Describes one job, with its events and checkpoints. */
  public Mono<FineTuningJob> retrieve(String jobId) {
    return transport.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(jobId)), FineTuningJob.class);
  }

  /** Asks for a job to be cancelled and emits the job as it then is. */
  public Mono<FineTuningJob> cancel(String jobId) {
    return transport.exchange(
        MistralRequest.of(CANCEL).pathVariables(requireId(jobId)), FineTuningJob.class);
  }

  /** Starts a validated job that was created without auto-start and emits it. */
  public Mono<FineTuningJob> start(String jobId) {
    return transport.exchange(
        MistralRequest.of(START).pathVariables(requireId(jobId)), FineTuningJob.class);
  }

  /**
   * Polls a job with this group's backoff until its status is terminal (succeeded, failed or
   * cancelled) and emits it then, whatever the outcome; fails with a {@link JobTimeoutException}
   * when {@code timeout} runs out first. The job itself goes on running on a timeout.
   */
  public Mono<FineTuningJob> awaitCompletion(String jobId, Duration timeout) {
    requireId(jobId);
    return JobPolling.awaitTerminal(
        jobId, () -> retrieve(jobId), FineTuningJob::status, timeout, backoff);
  }

  private static String dateTime(OffsetDateTime time) {
    // In UTC: a '+' offset would reach the server as a space.
    return time == null
        ? null
        : time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static String requireId(String jobId) {
    if (jobId == null || jobId.isBlank()) {
      throw new IllegalArgumentException("jobId is required");
    }
    return jobId;
  }
}
