package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.internal.values.QueryParameters;
import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
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
  public Map<String, List<String>> queryParameters() {
    return QueryParameters.paged(page, pageSize)
        .add("model", model)
        .add("created_after", createdAfter)
        .add("created_before", createdBefore)
        .add("created_by_me", createdByMe)
        .add("status", status)
        .add("wandb_project", wandbProject)
        .add("wandb_name", wandbName)
        .add("suffix", suffix)
        .toMap();
  }
}
