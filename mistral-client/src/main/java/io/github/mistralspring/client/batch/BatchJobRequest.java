package io.github.mistralspring.client.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to create a batch job; build one with {@link #builder()}. The requests come from
 * uploaded JSONL files ({@link BatchJsonl} writes them) or inline, up to 10,000. A null value is
 * left out of the JSON.
 *
 * <p>The specification names it {@code BatchJobIn}.
 */
@JsonDeserialize(as = BatchJobRequestValue.class)
public sealed interface BatchJobRequest permits BatchJobRequestValue {

  /**
   * The ids of uploaded input files.
   *
   * @return the ids of uploaded input files
   */
  @Nullable List<String> inputFiles();

  /**
   * The requests inline, instead of files.
   *
   * @return the requests inline, instead of files
   */
  @Nullable List<BatchRequest> requests();

  /**
   * The endpoint the requests go to.
   *
   * @return the endpoint the requests go to
   */
  ApiEndpoint endpoint();

  /**
   * The model the requests use.
   *
   * @return the model the requests use
   */
  @Nullable String model();

  /**
   * The agent the requests go to, instead of a model.
   *
   * @return the agent the requests go to, instead of a model
   */
  @Nullable String agentId();

  /**
   * Metadata of the caller's choosing, kept with the job.
   *
   * @return metadata of the caller's choosing, kept with the job
   */
  @Nullable Map<String, String> metadata();

  /**
   * After how many hours the job gives up (the API's default is 24).
   *
   * @return after how many hours the job gives up (the API's default is 24)
   */
  @Nullable Integer timeoutHours();

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.inputFiles = inputFiles() == null ? null : new ArrayList<>(inputFiles());
    builder.requests = requests() == null ? null : new ArrayList<>(requests());
    builder.endpoint = endpoint();
    builder.model = model();
    builder.agentId = agentId();
    if (metadata() != null) {
      builder.metadata.putAll(metadata());
    }
    builder.timeoutHours = timeoutHours();
    return builder;
  }

  /** Builds a {@link BatchJobRequest}; not thread-safe. */
  final class Builder {

    private List<String> inputFiles;
    private List<BatchRequest> requests;
    private ApiEndpoint endpoint;
    private String model;
    private String agentId;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private Integer timeoutHours;

    Builder() {}

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
      return new BatchJobRequestValue(
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
