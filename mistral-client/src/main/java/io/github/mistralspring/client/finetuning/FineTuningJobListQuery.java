package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters and page of a fine-tuning job listing; build one with {@link #builder()}. A null
 * value is left out of the request.
 */
@JsonDeserialize(as = FineTuningJobListQueryValue.class)
public sealed interface FineTuningJobListQuery permits FineTuningJobListQueryValue {

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
   * Only jobs that fine-tune this model.
   *
   * @return only jobs that fine-tune this model
   */
  @Nullable String model();

  /**
   * Only jobs created after this time.
   *
   * @return only jobs created after this time
   */
  @Nullable OffsetDateTime createdAfter();

  /**
   * Only jobs created before this time.
   *
   * @return only jobs created before this time
   */
  @Nullable OffsetDateTime createdBefore();

  /**
   * Only jobs created by the caller.
   *
   * @return only jobs created by the caller
   */
  @Nullable Boolean createdByMe();

  /**
   * Only jobs with this status.
   *
   * @return only jobs with this status
   */
  @Nullable JobStatus status();

  /**
   * Only jobs with this Weights and Biases project.
   *
   * @return only jobs with this Weights and Biases project
   */
  @Nullable String wandbProject();

  /**
   * Only jobs with this Weights and Biases run name.
   *
   * @return only jobs with this Weights and Biases run name
   */
  @Nullable String wandbName();

  /**
   * Only jobs with this model suffix.
   *
   * @return only jobs with this model suffix
   */
  @Nullable String suffix();

  /** A query with no filter, for the API's first page. */
  public static final FineTuningJobListQuery ALL = builder().build();

  /** Returns a builder for a new query. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns this query for another page. */
  FineTuningJobListQuery withPage(int page);

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
    builder.createdAfter = createdAfter();
    builder.createdBefore = createdBefore();
    builder.createdByMe = createdByMe();
    builder.status = status();
    builder.wandbProject = wandbProject();
    builder.wandbName = wandbName();
    builder.suffix = suffix();
    return builder;
  }

  /** Builds a {@link FineTuningJobListQuery}; not thread-safe. */
  final class Builder {

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
      return new FineTuningJobListQueryValue(
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
