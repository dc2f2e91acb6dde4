package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.core.MistralOperation;
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

/**
 * Batch jobs: create, list, describe, cancel and wait for them, as {@link Mono} and {@link Flux}.
 */
public final class ReactiveBatchApi {

  /** Lists batch jobs. */
  public static final MistralOperation LIST =
      MistralOperation.get("batch.jobs.list", "/v1/batch/jobs");

  /** Creates a batch job; never retried once sent. */
  public static final MistralOperation CREATE =
      MistralOperation.statefulPost("batch.jobs.create", "/v1/batch/jobs");

  /** Describes one batch job. */
  public static final MistralOperation RETRIEVE =
      MistralOperation.get("batch.jobs.retrieve", "/v1/batch/jobs/{job_id}");

  /** Cancels a batch job; never retried once sent. */
  public static final MistralOperation CANCEL =
      MistralOperation.statefulPost("batch.jobs.cancel", "/v1/batch/jobs/{job_id}/cancel");

  private final MistralTransport transport;
  private final PollingBackoff backoff;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code batch()}.
   * Waiting polls with {@link PollingBackoff#DEFAULT}.
   */
  public ReactiveBatchApi(MistralTransport transport) {
    this(transport, PollingBackoff.DEFAULT);
  }

  /** Creates the API group on a transport, waiting with the given polling backoff. */
  public ReactiveBatchApi(MistralTransport transport, PollingBackoff backoff) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.backoff = Objects.requireNonNull(backoff, "backoff");
  }

  /** Returns this API group polling with another backoff when waiting. */
  public ReactiveBatchApi withPollingBackoff(PollingBackoff backoff) {
    return new ReactiveBatchApi(transport, backoff);
  }

  /** Lists the first page of batch jobs. */
  public Mono<BatchJobsOut> list() {
    return list(BatchJobListQuery.ALL);
  }

  /** Lists one page of batch jobs, filtered by the query. */
  public Mono<BatchJobsOut> list(BatchJobListQuery query) {
    Objects.requireNonNull(query, "query");
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(LIST)
                    .query("page", query.page())
                    .query("page_size", query.pageSize())
                    .query("model", query.model())
                    .query("agent_id", query.agentId())
                    .query(
                        "metadata",
                        query.metadata() == null
                            ? null
                            : MistralJson.mapper().writeValueAsString(query.metadata()))
                    .query("created_after", dateTime(query.createdAfter()))
                    .query("created_by_me", query.createdByMe())
                    .query("status", query.statuses())
                    .query("order_by", query.orderBy()),
                BatchJobsOut.class));
  }

  /**
   * Emits every job that matches the query, from the query's page (or the first) on, fetching each
   * next page only when the previous one has been consumed; cancelling stops the fetching.
   */
  public Flux<BatchJobOut> listAll(BatchJobListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.flux(
        first,
        query.pageSize(),
        BatchJobOut::id,
        page -> list(query.withPage(page)).map(out -> new Pages.Page<>(out.data(), out.total())));
  }

  /** Creates a batch job and emits it. */
  public Mono<BatchJobOut> create(BatchJobIn request) {
    Objects.requireNonNull(request, "request");
    return transport.exchange(MistralRequest.of(CREATE, request), BatchJobOut.class);
  }

  /** Describes one batch job. */
  public Mono<BatchJobOut> retrieve(String jobId) {
    return retrieve(jobId, null);
  }

  /**
   * Describes one batch job; with {@code inline} true the results come inline in {@link
   * BatchJobOut#outputs()}.
   */
  public Mono<BatchJobOut> retrieve(String jobId, Boolean inline) {
    return transport.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(jobId)).query("inline", inline),
        BatchJobOut.class);
  }

  /** Asks for a batch job to be cancelled and emits the job as it then is. */
  public Mono<BatchJobOut> cancel(String jobId) {
    return transport.exchange(
        MistralRequest.of(CANCEL).pathVariables(requireId(jobId)), BatchJobOut.class);
  }

  /**
   * Polls a job with this group's backoff until its status is terminal (succeeded, failed, timed
   * out or cancelled) and emits it then, whatever the outcome; fails with a {@link
   * JobTimeoutException} when {@code timeout} runs out first. The job goes on running on a timeout.
   */
  public Mono<BatchJobOut> awaitCompletion(String jobId, Duration timeout) {
    requireId(jobId);
    return JobPolling.awaitTerminal(
        jobId, () -> retrieve(jobId), BatchJobOut::status, timeout, backoff);
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
