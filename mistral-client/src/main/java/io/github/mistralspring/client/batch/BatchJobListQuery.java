package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters, order and page of a batch job listing; build one with {@link #builder()}. A null
 * value is left out of the request.
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
public sealed interface BatchJobListQuery permits BatchJobListQueryValue {

  /**
   * The page number, from 0.
   *
   * @return the page number, from 0
   */
  @Nullable Integer page();

  /**
   * The number of jobs per page (the API's default is 100).
   *
   * @return the number of jobs per page (the API's default is 100)
   */
  @Nullable Integer pageSize();

  /**
   * Only jobs that use this model.
   *
   * @return only jobs that use this model
   */
  @Nullable String model();

  /**
   * Only jobs that go to this agent.
   *
   * @return only jobs that go to this agent
   */
  @Nullable String agentId();

  /**
   * Only jobs with these metadata entries, each sent as a query parameter of its own (see above);
   * keys must not be empty nor a name of the listing's own parameters, values must not be null.
   *
   * @return only jobs with these metadata entries, each sent as a query parameter of its own (see
   *     above); keys must not be empty nor a name of the listing's own parameters, values must not
   *     be null
   */
  @Nullable Map<String, String> metadata();

  /**
   * Only jobs created after this time.
   *
   * @return only jobs created after this time
   */
  @Nullable OffsetDateTime createdAfter();

  /**
   * Only jobs created by the caller.
   *
   * @return only jobs created by the caller
   */
  @Nullable Boolean createdByMe();

  /**
   * Only jobs with one of these statuses.
   *
   * @return only jobs with one of these statuses
   */
  @Nullable List<JobStatus> statuses();

  /**
   * {@code created} or {@code -created} (newest first, the API's default).
   *
   * @return {@code created} or {@code -created} (newest first, the API's default)
   */
  @Nullable String orderBy();

  /** A query with no filter, for the API's first page. */
  public static final BatchJobListQuery ALL = builder().build();

  /** Returns a builder for a new query. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  BatchJobListQuery withPage(int page);

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.page = page();
    builder.pageSize = pageSize();
    builder.model = model();
    builder.agentId = agentId();
    builder.metadata = metadata() == null ? null : new LinkedHashMap<>(metadata());
    builder.createdAfter = createdAfter();
    builder.createdByMe = createdByMe();
    builder.statuses = statuses() == null ? null : new ArrayList<>(statuses());
    builder.orderBy = orderBy();
    return builder;
  }

  /** Builds a {@link BatchJobListQuery}; not thread-safe. */
  final class Builder {

    private Integer page;
    private Integer pageSize;
    private String model;
    private String agentId;
    private Map<String, String> metadata;
    private OffsetDateTime createdAfter;
    private Boolean createdByMe;
    private List<JobStatus> statuses;
    private String orderBy;

    Builder() {}

    /** Sets the page number, from 0. */
    public Builder page(Integer page) {
      this.page = page;
      return this;
    }

    /** Sets the number of jobs per page. */
    public Builder pageSize(Integer pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    /** Keeps only jobs that use this model. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Keeps only jobs that go to this agent. */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Keeps only jobs with these metadata entries; each is sent as a query parameter of its own.
     */
    public Builder metadata(Map<String, String> metadata) {
      this.metadata = metadata;
      return this;
    }

    /** Keeps only jobs created after this time. */
    public Builder createdAfter(OffsetDateTime createdAfter) {
      this.createdAfter = createdAfter;
      return this;
    }

    /** Keeps only jobs created by the caller. */
    public Builder createdByMe(Boolean createdByMe) {
      this.createdByMe = createdByMe;
      return this;
    }

    /** Keeps only jobs with one of these statuses. */
    public Builder statuses(JobStatus... statuses) {
      this.statuses = List.of(statuses);
      return this;
    }

    /**
     * Keeps only jobs with one of these statuses, given as a list.
     *
     * @param statuses the values to keep; null for no filter
     * @return this builder
     */
    public Builder statuses(@Nullable List<JobStatus> statuses) {
      this.statuses = statuses == null ? null : List.copyOf(statuses);
      return this;
    }

    /** Lists the oldest jobs first when true, the newest first (the API's default) when false. */
    public Builder oldestFirst(boolean oldestFirst) {
      this.orderBy = oldestFirst ? "created" : "-created";
      return this;
    }

    /** Builds the query. */
    public BatchJobListQuery build() {
      return new BatchJobListQueryValue(
          page, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses, orderBy);
    }
  }
}
