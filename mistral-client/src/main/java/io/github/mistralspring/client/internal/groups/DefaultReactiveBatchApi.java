package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.batch.BatchJob;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.JobPolling;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The reactive batch group. */
public final class DefaultReactiveBatchApi extends CallsGroup<ReactiveBatchApi>
    implements ReactiveBatchApi {

  private static final TypeReference<Page<BatchJob>> PAGE = new TypeReference<>() {};

  private final PollingBackoff backoff;

  /** The group on a client's calls, polling with the default backoff. */
  public DefaultReactiveBatchApi(Calls calls) {
    this(calls, PollingBackoff.DEFAULT);
  }

  private DefaultReactiveBatchApi(Calls calls, PollingBackoff backoff) {
    super(calls, other -> new DefaultReactiveBatchApi(other, backoff));
    this.backoff = backoff;
  }

  @Override
  public ReactiveBatchApi withPollingBackoff(PollingBackoff backoff) {
    return new DefaultReactiveBatchApi(calls, Objects.requireNonNull(backoff, "backoff"));
  }

  @Override
  public Mono<Page<BatchJob>> list() {
    return list(BatchJobListQuery.ALL);
  }

  @Override
  public Mono<Page<BatchJob>> list(BatchJobListQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.exchange(MistralRequest.of(LIST).query(query.queryParameters()), PAGE);
  }

  @Override
  public Flux<BatchJob> listAll(BatchJobListQuery query) {
    return Pages.flux(query, BatchJob::id, this::list);
  }

  @Override
  public Mono<BatchJob> create(BatchJobRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        MistralRequest.of(CREATE, request).model(request.model()), BatchJob.class);
  }

  @Override
  public Mono<BatchJob> retrieve(String jobId) {
    return retrieve(jobId, null);
  }

  @Override
  public Mono<BatchJob> retrieve(String jobId, Boolean inline) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE)
            .pathVariables(Ids.require(jobId, "jobId"))
            .query("inline", inline),
        BatchJob.class);
  }

  @Override
  public Mono<BatchJob> cancel(String jobId) {
    return calls.exchange(
        MistralRequest.of(CANCEL).pathVariables(Ids.require(jobId, "jobId")), BatchJob.class);
  }

  @Override
  public Mono<BatchJob> awaitCompletion(String jobId, Duration timeout) {
    Ids.require(jobId, "jobId");
    return JobPolling.awaitTerminal(
        jobId, () -> retrieve(jobId), BatchJob::status, timeout, backoff);
  }
}
