package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.internal.values.QueryParameters;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link BatchJobListQuery}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record BatchJobListQueryValue(
    @Nullable Integer page,
    @Nullable Integer pageSize,
    @Nullable String model,
    @Nullable String agentId,
    @Nullable Map<String, String> metadata,
    @Nullable OffsetDateTime createdAfter,
    @Nullable Boolean createdByMe,
    @Nullable List<JobStatus> statuses,
    @Nullable String orderBy)
    implements BatchJobListQuery {

  /** The listing's own query parameters, which a metadata entry must not shadow. */
  private static final Set<String> PARAMETERS =
      Set.of(
          "page",
          "page_size",
          "model",
          "agent_id",
          "metadata",
          "created_after",
          "created_by_me",
          "status",
          "order_by");

  /**
   * Checks the metadata entries and copies the collections.
   *
   * @throws IllegalArgumentException if a metadata key is empty or one of the listing's own
   *     parameter names, or a metadata value is null
   */
  BatchJobListQueryValue {
    if (metadata != null) {
      metadata.forEach(BatchJobListQueryValue::checkMetadataEntry);
      metadata = ReadOnly.map(metadata);
    }
    statuses = statuses == null ? null : List.copyOf(statuses);
  }

  private static void checkMetadataEntry(String key, String value) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException(
          "metadata filter keys must not be empty: each entry is sent as the query parameter"
              + " key=value; leave the entry out of BatchJobListQuery.metadata(...)");
    }
    if (PARAMETERS.contains(key)) {
      throw new IllegalArgumentException(
          "metadata filter key '"
              + key
              + "' cannot be sent: each entry is sent as a query parameter of its own and '"
              + key
              + "' is a parameter of the batch job listing itself; filter on another key, or"
              + " filter the listed jobs' metadata() after listing");
    }
    if (value == null) {
      throw new IllegalArgumentException(
          "metadata filter value for key '"
              + key
              + "' is null; leave the key out of BatchJobListQuery.metadata(...) to not filter"
              + " on it");
    }
  }

  /** The metadata entries go out where the spec lists {@code metadata}, form style, exploded. */
  @Override
  public Map<String, List<String>> queryParameters() {
    return QueryParameters.paged(page, pageSize)
        .add("model", model)
        .add("agent_id", agentId)
        .addEach(metadata)
        .add("created_after", createdAfter)
        .add("created_by_me", createdByMe)
        .add("status", statuses)
        .add("order_by", orderBy)
        .toMap();
  }
}
