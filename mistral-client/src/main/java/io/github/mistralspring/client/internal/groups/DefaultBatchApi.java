package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.batch.BatchApi;
import io.github.mistralspring.client.batch.BatchJob;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.ReactiveBatchApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.Objects;
import java.util.stream.Stream;

/** The blocking batch group, waiting on the reactive one. */
public final class DefaultBatchApi implements BatchApi {

  private final ReactiveBatchApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultBatchApi(ReactiveBatchApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public BatchApi withPollingBackoff(PollingBackoff backoff) {
    return new DefaultBatchApi(reactive.withPollingBackoff(backoff));
  }

  @Override
  public Page<BatchJob> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<BatchJob> list(BatchJobListQuery query) {
    return Blocking.await(reactive.list(query));
  }

  @Override
  public Stream<BatchJob> listAll(BatchJobListQuery query) {
    Objects.requireNonNull(query, "query");
    int first = query.page() == null ? 0 : query.page();
    return Pages.stream(
        first,
        query.pageSize(),
        BatchJob::id,
        page -> Blocking.await(reactive.list(query.withPage(page))));
  }

  @Override
  public BatchJob create(BatchJobRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public BatchJob retrieve(String jobId) {
    return Blocking.await(reactive.retrieve(jobId));
  }

  @Override
  public BatchJob retrieve(String jobId, Boolean inline) {
    return Blocking.await(reactive.retrieve(jobId, inline));
  }

  @Override
  public BatchJob cancel(String jobId) {
    return Blocking.await(reactive.cancel(jobId));
  }

  @Override
  public BatchJob awaitCompletion(String jobId, Duration timeout) {
    return Blocking.await(reactive.awaitCompletion(jobId, timeout));
  }

  @Override
  public BatchApi withOptions(RequestOptions options) {
    return new DefaultBatchApi(reactive.withOptions(options));
  }
}
