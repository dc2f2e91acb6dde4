package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.paging.Paged;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters, order and page of a batch job listing ({@code GET /v1/batch/jobs}); build one with
 * {@link #builder()}. A value left unset (null) is left out of the request, so the API's default
 * applies.
 *
 * <p>The {@code metadata} filter goes out in the form style, exploded: each entry is a query
 * parameter of its own, {@code ?team=search&run=nightly}, without the word {@code metadata}. The
 * spec declares {@code metadata} of {@code GET /v1/batch/jobs} as an object query parameter with
 * neither {@code style} nor {@code content}, and OpenAPI's default for a query parameter is {@code
 * style: form, explode: true}. Mistral's own SDKs, generated from that spec, send it so (read at
 * Python SDK 2.5.1 and TypeScript SDK 2.6.1): the Python SDK's {@code
 * src/mistralai/client/models/jobs_api_routes_batch_get_batch_jobsop.py} (in {@code
 * mistralai/client-python}) marks it {@code QueryParamMetadata(style="form", explode=True)}, and
 * its {@code utils/forms.py} writes a dictionary with explode as one {@code key=value} pair per
 * entry; the TypeScript SDK's {@code src/funcs/batchJobsList.ts} (in {@code mistralai/client-ts})
 * passes it to {@code encodeFormQuery}, whose {@code explode} turns an object into its entries.
 * Operations whose metadata filter is JSON text declare {@code content: application/json} instead
 * (beta agents and conversations listings in the 2026-07 spec), and both SDKs write JSON text for
 * those only. Because the entries share the query with the listing's own parameters, a metadata key
 * that is one of their names ({@code page}, {@code page_size}, {@code model}, {@code agent_id},
 * {@code metadata}, {@code created_after}, {@code created_by_me}, {@code status}, {@code order_by})
 * cannot be sent and is refused here.
 */
@JsonDeserialize(as = BatchJobListQueryValue.class)
public sealed interface BatchJobListQuery extends Paged<BatchJobListQuery>
    permits BatchJobListQueryValue {

  /**
   * Only jobs that use this model.
   *
   * @return the model to keep; null for no filter
   */
  @Nullable String model();

  /**
   * Only jobs that go to this agent.
   *
   * @return the agent to keep; null for no filter
   */
  @Nullable String agentId();

  /**
   * Only jobs with these metadata entries, each sent as a query parameter of its own (see above).
   *
   * @return the entries to match, in order; null for no filter
   */
  @Nullable Map<String, String> metadata();

  /**
   * Only jobs created after this time.
   *
   * @return the earliest creation time; null for no filter
   */
  @Nullable OffsetDateTime createdAfter();

  /**
   * Only jobs created by the caller.
   *
   * @return whether to keep only the caller's jobs; null for the API's default
   */
  @Nullable Boolean createdByMe();

  /**
   * Only jobs with one of these statuses.
   *
   * @return the statuses to keep; null for no filter
   */
  @Nullable List<JobStatus> statuses();

  /**
   * The order: {@code created} (oldest first) or {@code -created} (newest first, the API's
   * default); set it with {@link Builder#oldestFirst(boolean)}.
   *
   * @return {@code created}, {@code -created}, or null for the API's default
   */
  @Nullable String orderBy();

  /** A query with no filter, for the API's first page. */
  BatchJobListQuery ALL = builder().build();

  /**
   * Starts building a query.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  @Override
  default Builder toBuilder() {
    Builder builder =
        builder()
            .page(page())
            .pageSize(pageSize())
            .model(model())
            .agentId(agentId())
            .metadata(metadata())
            .createdAfter(createdAfter())
            .createdByMe(createdByMe())
            .statuses(statuses());
    builder.orderBy = orderBy();
    return builder;
  }

  /** Builds a {@link BatchJobListQuery}; not thread-safe. */
  final class Builder implements Paged.Builder<BatchJobListQuery> {

    private @Nullable Integer page;
    private @Nullable Integer pageSize;
    private @Nullable String model;
    private @Nullable String agentId;
    private @Nullable Map<String, String> metadata;
    private @Nullable OffsetDateTime createdAfter;
    private @Nullable Boolean createdByMe;
    private @Nullable List<JobStatus> statuses;
    private @Nullable String orderBy;

    Builder() {}

    @Override
    public Builder page(@Nullable Integer page) {
      this.page = page;
      return this;
    }

    @Override
    public Builder pageSize(@Nullable Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Keeps only jobs that use this model.
     *
     * @param model the model to keep; null for no filter
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Keeps only jobs that go to this agent.
     *
     * @param agentId the agent to keep; null for no filter
     * @return this builder
     */
    public Builder agentId(@Nullable String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Keeps only jobs with these metadata entries; each is sent as a query parameter of its own
     * (see {@link BatchJobListQuery}), checked when the query is built.
     *
     * @param metadata the entries to match: keys neither empty nor a name of the listing's own
     *     parameters, values not null; null for no filter
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /**
     * Keeps only jobs created after this time.
     *
     * @param createdAfter the earliest creation time, sent in UTC; null for no filter
     * @return this builder
     */
    public Builder createdAfter(@Nullable OffsetDateTime createdAfter) {
      this.createdAfter = createdAfter;
      return this;
    }

    /**
     * Keeps only jobs created by the caller.
     *
     * @param createdByMe true to keep only the caller's jobs; null for the API's default
     * @return this builder
     */
    public Builder createdByMe(@Nullable Boolean createdByMe) {
      this.createdByMe = createdByMe;
      return this;
    }

    /**
     * Keeps only jobs with one of these statuses.
     *
     * @param statuses the statuses to keep
     * @return this builder
     */
    public Builder statuses(JobStatus... statuses) {
      return statuses(List.of(statuses));
    }

    /**
     * Keeps only jobs with one of these statuses, given as a list.
     *
     * @param statuses the statuses to keep; null for no filter
     * @return this builder
     */
    public Builder statuses(@Nullable List<JobStatus> statuses) {
      this.statuses = statuses == null ? null : List.copyOf(statuses);
      return this;
    }

    /**
     * Sets the order of the listing.
     *
     * @param oldestFirst true for the oldest jobs first, false for the newest first (the API's
     *     default)
     * @return this builder
     */
    public Builder oldestFirst(boolean oldestFirst) {
      this.orderBy = oldestFirst ? "created" : "-created";
      return this;
    }

    @Override
    public BatchJobListQuery build() {
      return new BatchJobListQueryValue(
          page, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses, orderBy);
    }
  }
}
