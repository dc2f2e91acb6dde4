package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;
import java.util.Map;

/**
 * A batch job and its progress.
 *
 * <p>The specification names it {@code BatchJobOut}.
 *
 * @param id the job's id
 * @param object the object kind, {@code batch}
 * @param inputFiles the ids of the input files
 * @param metadata the caller's metadata
 * @param endpoint the endpoint the requests go to
 * @param model the model the requests use
 * @param agentId the agent the requests go to, for agent batches
 * @param outputFile the id of the file holding the results, once there is one
 * @param errorFile the id of the file holding the errors, once there is one
 * @param errors the errors met so far
 * @param outputs the results inline, when asked for with {@code inline}
 * @param status the job's status
 * @param createdAt when the job was created, in seconds since the epoch
 * @param totalRequests the number of requests
 * @param completedRequests the number of requests done
 * @param succeededRequests the number of requests that succeeded
 * @param failedRequests the number of requests that failed
 * @param startedAt when the job started, in seconds since the epoch
 * @param completedAt when the job ended, in seconds since the epoch
 */
public record BatchJob(
    String id,
    String object,
    @JsonProperty("input_files") List<String> inputFiles,
    Map<String, Object> metadata,
    ApiEndpoint endpoint,
    String model,
    @JsonProperty("agent_id") String agentId,
    @JsonProperty("output_file") String outputFile,
    @JsonProperty("error_file") String errorFile,
    List<BatchError> errors,
    List<Map<String, Object>> outputs,
    JobStatus status,
    @JsonProperty("created_at") Long createdAt,
    @JsonProperty("total_requests") Long totalRequests,
    @JsonProperty("completed_requests") Long completedRequests,
    @JsonProperty("succeeded_requests") Long succeededRequests,
    @JsonProperty("failed_requests") Long failedRequests,
    @JsonProperty("started_at") Long startedAt,
    @JsonProperty("completed_at") Long completedAt) {

  /** Absent input files and errors read as none. */
  public BatchJob {
    inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
    errors = errors == null ? List.of() : List.copyOf(errors);
  }
}
