package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link FineTuningJobListQuery}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record FineTuningJobListQueryValue(
    @Nullable Integer page,
    @Nullable Integer pageSize,
    @Nullable String model,
    @Nullable OffsetDateTime createdAfter,
    @Nullable OffsetDateTime createdBefore,
    @Nullable Boolean createdByMe,
    @Nullable JobStatus status,
    @Nullable String wandbProject,
    @Nullable String wandbName,
    @Nullable String suffix)
    implements FineTuningJobListQuery {

  @Override
  public FineTuningJobListQuery withPage(int page) {
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
