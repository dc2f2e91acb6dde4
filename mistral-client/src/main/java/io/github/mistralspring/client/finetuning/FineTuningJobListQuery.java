package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.paging.Paged;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The filters and page of a fine-tuning job listing ({@code GET /v1/fine_tuning/jobs}); build one
 * with {@link #builder()}. A value left unset (null) is left out of the request, so the API's
 * default applies.
 */
@JsonDeserialize(as = FineTuningJobListQueryValue.class)
public sealed interface FineTuningJobListQuery extends Paged<FineTuningJobListQuery>
    permits FineTuningJobListQueryValue {

  /**
   * Only jobs that fine-tune this model.
   *
   * @return the model to keep; null for no filter
   */
  @Nullable String model();

  /**
   * Only jobs created after this time.
   *
   * @return the earliest creation time; null for no filter
   */
  @Nullable OffsetDateTime createdAfter();

  /**
   * Only jobs created before this time.
   *
   * @return the latest creation time; null for no filter
   */
  @Nullable OffsetDateTime createdBefore();

  /**
   * Only jobs created by the caller.
   *
   * @return whether to keep only the caller's jobs; null for the API's default
   */
  @Nullable Boolean createdByMe();

  /**
   * Only jobs with this status.
   *
   * @return the status to keep; null for no filter
   */
  @Nullable JobStatus status();

  /**
   * Only jobs with this Weights and Biases project.
   *
   * @return the project to keep; null for no filter
   */
  @Nullable String wandbProject();

  /**
   * Only jobs with this Weights and Biases run name.
   *
   * @return the run name to keep; null for no filter
   */
  @Nullable String wandbName();

  /**
   * Only jobs with this model suffix.
   *
   * @return the suffix to keep; null for no filter
   */
  @Nullable String suffix();

  /** A query with no filter, for the API's first page. */
  FineTuningJobListQuery ALL = builder().build();

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
    return builder()
        .page(page())
        .pageSize(pageSize())
        .model(model())
        .createdAfter(createdAfter())
        .createdBefore(createdBefore())
        .createdByMe(createdByMe())
        .status(status())
        .wandbProject(wandbProject())
        .wandbName(wandbName())
        .suffix(suffix());
  }

  /** Builds a {@link FineTuningJobListQuery}; not thread-safe. */
  final class Builder implements Paged.Builder<FineTuningJobListQuery> {

    private @Nullable Integer page;
    private @Nullable Integer pageSize;
    private @Nullable String model;
    private @Nullable OffsetDateTime createdAfter;
    private @Nullable OffsetDateTime createdBefore;
    private @Nullable Boolean createdByMe;
    private @Nullable JobStatus status;
    private @Nullable String wandbProject;
    private @Nullable String wandbName;
    private @Nullable String suffix;

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
     * Keeps only jobs that fine-tune this model.
     *
     * @param model the model to keep; null for no filter
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
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
     * Keeps only jobs created before this time.
     *
     * @param createdBefore the latest creation time, sent in UTC; null for no filter
     * @return this builder
     */
    public Builder createdBefore(@Nullable OffsetDateTime createdBefore) {
      this.createdBefore = createdBefore;
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
     * Keeps only jobs with this status.
     *
     * @param status the status to keep; null for no filter
     * @return this builder
     */
    public Builder status(@Nullable JobStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Keeps only jobs with this Weights and Biases project.
     *
     * @param wandbProject the project to keep; null for no filter
     * @return this builder
     */
    public Builder wandbProject(@Nullable String wandbProject) {
      this.wandbProject = wandbProject;
      return this;
    }

    /**
     * Keeps only jobs with this Weights and Biases run name.
     *
     * @param wandbName the run name to keep; null for no filter
     * @return this builder
     */
    public Builder wandbName(@Nullable String wandbName) {
      this.wandbName = wandbName;
      return this;
    }

    /**
     * Keeps only jobs with this model suffix.
     *
     * @param suffix the suffix to keep; null for no filter
     * @return this builder
     */
    public Builder suffix(@Nullable String suffix) {
      this.suffix = suffix;
      return this;
    }

    @Override
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
