package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A batch job and its progress.
 *
 * <p>The specification names it {@code BatchJobOut}.
 *
 * @param id the job's id
 * @param object the object kind, {@code batch}; absent when the API did not send it
 * @param inputFiles the ids of the input files; empty for a job whose requests were inline
 * @param metadata the caller's metadata; empty when the job was created without any
 * @param endpoint the endpoint the requests go to
 * @param model the model the requests use; absent for an agent batch
 * @param agentId the agent the requests go to; absent unless this is an agent batch
 * @param outputFile the id of the file holding the results; absent until there is one
 * @param errorFile the id of the file holding the errors; absent until there is one
 * @param errors the errors met so far; empty when none
 * @param outputs the results inline; empty unless asked for with {@code inline}
 * @param status the job's status
 * @param createdAt when the job was created, in seconds since the epoch
 * @param totalRequests the number of requests
 * @param completedRequests the number of requests done
 * @param succeededRequests the number of requests that succeeded
 * @param failedRequests the number of requests that failed
 * @param startedAt when the job started, in seconds since the epoch; absent until it starts
 * @param completedAt when the job ended, in seconds since the epoch; absent until it ends
 */
public record BatchJob(
    String id,
    @Nullable String object,
    @JsonProperty("input_files") List<String> inputFiles,
    Map<String, @Nullable Object> metadata,
    ApiEndpoint endpoint,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @JsonProperty("output_file") @Nullable String outputFile,
    @JsonProperty("error_file") @Nullable String errorFile,
    List<BatchError> errors,
    List<Map<String, @Nullable Object>> outputs,
    JobStatus status,
    @JsonProperty("created_at") Long createdAt,
    @JsonProperty("total_requests") Long totalRequests,
    @JsonProperty("completed_requests") Long completedRequests,
    @JsonProperty("succeeded_requests") Long succeededRequests,
    @JsonProperty("failed_requests") Long failedRequests,
    @JsonProperty("started_at") @Nullable Long startedAt,
    @JsonProperty("completed_at") @Nullable Long completedAt) {

  /**
   * Absent lists and metadata read as empty ones.
   *
   * @param id the job's id
   * @param object the object kind, {@code batch}; absent when the API did not send it
   * @param inputFiles the ids of the input files; empty for a job whose requests were inline
   * @param metadata the caller's metadata; empty when the job was created without any
   * @param endpoint the endpoint the requests go to
   * @param model the model the requests use; absent for an agent batch
   * @param agentId the agent the requests go to; absent unless this is an agent batch
   * @param outputFile the id of the file holding the results; absent until there is one
   * @param errorFile the id of the file holding the errors; absent until there is one
   * @param errors the errors met so far; empty when none
   * @param outputs the results inline; empty unless asked for with {@code inline}
   * @param status the job's status
   * @param createdAt when the job was created, in seconds since the epoch
   * @param totalRequests the number of requests
   * @param completedRequests the number of requests done
   * @param succeededRequests the number of requests that succeeded
   * @param failedRequests the number of requests that failed
   * @param startedAt when the job started, in seconds since the epoch; absent until it starts
   * @param completedAt when the job ended, in seconds since the epoch; absent until it ends
   */
  public BatchJob {
    inputFiles = ReadOnly.withoutNulls(inputFiles);
    metadata = ReadOnly.map(metadata);
    errors = ReadOnly.withoutNulls(errors);
    outputs = ReadOnly.withoutNulls(outputs);
  }
}
