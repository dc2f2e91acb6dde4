package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.finetuning.FineTuningApi;
import io.github.mistralspring.client.finetuning.FineTuningJob;
import io.github.mistralspring.client.finetuning.FineTuningJobCreateResult;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/** The blocking fine-tuning group, waiting on the reactive one. */
// Implements the deprecated API for as long as it is offered.
@SuppressWarnings("deprecation")
public final class DefaultFineTuningApi implements FineTuningApi {

  private final ReactiveFineTuningApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultFineTuningApi(ReactiveFineTuningApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public FineTuningApi withPollingBackoff(PollingBackoff backoff) {
    return new DefaultFineTuningApi(reactive.withPollingBackoff(backoff));
  }

  @Override
  public Page<FineTuningJob> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<FineTuningJob> list(FineTuningJobListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  @Override
  public Stream<FineTuningJob> listAll(FineTuningJobListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        FineTuningJob::id,
        page -> Blocking.await(reactive.list(query.withPage(page))));
  }

  @Override
  public FineTuningJob create(FineTuningJobRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public FineTuningJobCreateResult create(FineTuningJobRequest request, boolean dryRun) {
    return Blocking.await(reactive.create(request, dryRun));
  }

  @Override
  public FineTuningJobCreateResult dryRun(FineTuningJobRequest request) {
    return Blocking.await(reactive.dryRun(request));
  }

  @Override
  public FineTuningJob retrieve(String jobId) {
    return Blocking.await(reactive.retrieve(jobId));
  }

  @Override
  public FineTuningJob cancel(String jobId) {
    return Blocking.await(reactive.cancel(jobId));
  }

  @Override
  public FineTuningJob start(String jobId) {
    return Blocking.await(reactive.start(jobId));
  }

  @Override
  public FineTuningJob awaitCompletion(String jobId, Duration timeout) {
    return Blocking.await(reactive.awaitCompletion(jobId, timeout));
  }

  @Override
  public FineTuningApi withOptions(RequestOptions options) {
    return new DefaultFineTuningApi(reactive.withOptions(options));
  }
}
