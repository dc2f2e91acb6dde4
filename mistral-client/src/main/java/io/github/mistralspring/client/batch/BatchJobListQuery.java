package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters, order and page of a batch job listing; build one with {@link #builder()}. A null
 * value is left out of the request.
 *
 * @param page the page number, from 0
 * @param pageSize the number of jobs per page (the API's default is 100)
 * @param model only jobs that use this model
 * @param agentId only jobs that go to this agent
 * @param metadata only jobs with this metadata, sent as a JSON object
 * @param createdAfter only jobs created after this time
 * @param createdByMe only jobs created by the caller
 * @param statuses only jobs with one of these statuses
 * @param orderBy {@code created} or {@code -created} (newest first, the API's default)
 */
public record BatchJobListQuery(
    Integer page,
    Integer pageSize,
    String model,
    String agentId,
    Map<String, String> metadata,
    OffsetDateTime createdAfter,
    Boolean createdByMe,
    List<JobStatus> statuses,
    String orderBy) {

  /** A query with no filter, for the API's first page. */
  public static final BatchJobListQuery ALL = builder().build();

  /** Copies the collections. */
  public BatchJobListQuery {
    metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    statuses = statuses == null ? null : List.copyOf(statuses);
  }

  /** Returns a builder for a new query. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  public BatchJobListQuery withPage(int page) {
    return new BatchJobListQuery(
        page, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses, orderBy);
  }

  /** Builds a {@link BatchJobListQuery}; not thread-safe. */
  public static final class Builder {

    private Integer page;
    private Integer pageSize;
    private String model;
    private String agentId;
    private Map<String, String> metadata;
    private OffsetDateTime createdAfter;
    private Boolean createdByMe;
    private List<JobStatus> statuses;
    private String orderBy;

    private Builder() {}

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

    /** Keeps only jobs with this metadata. */
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

    /** Lists the oldest jobs first when true, the newest first (the API's default) when false. */
    public Builder oldestFirst(boolean oldestFirst) {
      this.orderBy = oldestFirst ? "created" : "-created";
      return this;
    }

    /** Builds the query. */
    public BatchJobListQuery build() {
      return new BatchJobListQuery(
          page, pageSize, model, agentId, metadata, createdAfter, createdByMe, statuses, orderBy);
    }
  }
}
