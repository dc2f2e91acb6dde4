package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;

/**
 * The filters and page of a fine-tuning job listing; build one with {@link #builder()}. A null
 * value is left out of the request.
 *
 * @param page the page number, from 0
 * @param pageSize the number of jobs per page (the API's default is 100)
 * @param model only jobs that fine-tune this model
 * @param createdAfter only jobs created after this time
 * @param createdBefore only jobs created before this time
 * @param createdByMe only jobs created by the caller
 * @param status only jobs with this status
 * @param wandbProject only jobs with this Weights and Biases project
 * @param wandbName only jobs with this Weights and Biases run name
 * @param suffix only jobs with this model suffix
 */
public record FineTuningJobListQuery(
    Integer page,
    Integer pageSize,
    String model,
    OffsetDateTime createdAfter,
    OffsetDateTime createdBefore,
    Boolean createdByMe,
    JobStatus status,
    String wandbProject,
    String wandbName,
    String suffix) {

  /** A query with no filter, for the API's first page. */
  public static final FineTuningJobListQuery ALL = builder().build();

  /** Returns a builder for a new query. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  public FineTuningJobListQuery withPage(int page) {
    return new FineTuningJobListQuery(
        page,
        pageSize,
        model,
        createdAfter,
        createdBefore,
        createdByMe,
        status,
        wandbProject,
        wandbName,
        suffix);
  }

  /** Builds a {@link FineTuningJobListQuery}; not thread-safe. */
  public static final class Builder {

    private Integer page;
    private Integer pageSize;
    private String model;
    private OffsetDateTime createdAfter;
    private OffsetDateTime createdBefore;
    private Boolean createdByMe;
    private JobStatus status;
    private String wandbProject;
    private String wandbName;
    private String suffix;

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

    /** Keeps only jobs that fine-tune this model. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Keeps only jobs created after this time. */
    public Builder createdAfter(OffsetDateTime createdAfter) {
      this.createdAfter = createdAfter;
      return this;
    }

    /** Keeps only jobs created before this time. */
    public Builder createdBefore(OffsetDateTime createdBefore) {
      this.createdBefore = createdBefore;
      return this;
    }

    /** Keeps only jobs created by the caller. */
    public Builder createdByMe(Boolean createdByMe) {
      this.createdByMe = createdByMe;
      return this;
    }

    /** Keeps only jobs with this status. */
    public Builder status(JobStatus status) {
      this.status = status;
      return this;
    }

    /** Keeps only jobs with this Weights and Biases project. */
    public Builder wandbProject(String wandbProject) {
      this.wandbProject = wandbProject;
      return this;
    }

    /** Keeps only jobs with this Weights and Biases run name. */
    public Builder wandbName(String wandbName) {
      this.wandbName = wandbName;
      return this;
    }

    /** Keeps only jobs with this model suffix. */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      return this;
    }

    /** Builds the query. */
    public FineTuningJobListQuery build() {
      return new FineTuningJobListQuery(
          page,
          pageSize,
          model,
          createdAfter,
          createdBefore,
          createdByMe,
          status,
          wandbProject,
          wandbName,
          suffix);
    }
  }
}
