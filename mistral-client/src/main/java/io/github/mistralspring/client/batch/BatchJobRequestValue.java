package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link BatchJobRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record BatchJobRequestValue(
    @JsonProperty("input_files") @Nullable List<String> inputFiles,
    @Nullable List<BatchRequest> requests,
    ApiEndpoint endpoint,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @Nullable Map<String, String> metadata,
    @JsonProperty("timeout_hours") @Nullable Integer timeoutHours)
    implements BatchJobRequest {

  /** Keeps the lists and the metadata read-only. */
  BatchJobRequestValue {
    inputFiles = inputFiles == null ? null : List.copyOf(inputFiles);
    requests = requests == null ? null : List.copyOf(requests);
    metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
