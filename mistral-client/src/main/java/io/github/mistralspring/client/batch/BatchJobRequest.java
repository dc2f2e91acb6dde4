package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to create a batch job; build one with {@link #builder()}. The requests come from
 * uploaded JSONL files ({@link BatchJsonl} writes them) or inline, up to 10,000. A null value is
 * left out of the JSON.
 *
 * <p>The specification names it {@code BatchJobIn}.
 *
 * @param inputFiles the ids of uploaded input files
 * @param requests the requests inline, instead of files
 * @param endpoint the endpoint the requests go to
 * @param model the model the requests use
 * @param agentId the agent the requests go to, instead of a model
 * @param metadata metadata of the caller's choosing, kept with the job
 * @param timeoutHours after how many hours the job gives up (the API's default is 24)
 */
public record BatchJobRequest(
    @JsonProperty("input_files") List<String> inputFiles,
    List<BatchRequest> requests,
    ApiEndpoint endpoint,
    String model,
    @JsonProperty("agent_id") String agentId,
    Map<String, String> metadata,
    @JsonProperty("timeout_hours") Integer timeoutHours) {

  /** Checks the endpoint and copies the lists. */
  public BatchJobRequest {
    Objects.requireNonNull(endpoint, "endpoint");
    inputFiles = inputFiles == null ? null : List.copyOf(inputFiles);
    requests = requests == null ? null : List.copyOf(requests);
    metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BatchJobRequest}; not thread-safe. */
  public static final class Builder {

    private List<String> inputFiles;
    private List<BatchRequest> requests;
    private ApiEndpoint endpoint;
    private String model;
    private String agentId;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private Integer timeoutHours;

    private Builder() {}

    /** Adds an uploaded input file. */
    public Builder addInputFile(String fileId) {
      if (inputFiles == null) {
        inputFiles = new ArrayList<>();
      }
      inputFiles.add(fileId);
      return this;
    }

    /** Sets the inline requests. */
    public Builder requests(List<BatchRequest> requests) {
      this.requests = requests;
      return this;
    }

    /** Sets the endpoint the requests go to; required. */
    public Builder endpoint(ApiEndpoint endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /** Sets the model the requests use. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the agent the requests go to. */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /** Adds a metadata entry. */
    public Builder metadata(String key, String value) {
      metadata.put(key, value);
      return this;
    }

    /** Sets after how many hours the job gives up. */
    public Builder timeoutHours(Integer timeoutHours) {
      this.timeoutHours = timeoutHours;
      return this;
    }

    /** Builds the request. */
    public BatchJobRequest build() {
      return new BatchJobRequest(
          inputFiles,
          requests,
          endpoint,
          model,
          agentId,
          metadata.isEmpty() ? null : new LinkedHashMap<>(metadata),
          timeoutHours);
    }
  }
}
