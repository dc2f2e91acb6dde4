package io.github.mistralspring.client.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no input and no endpoint
   */
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

  /**
   * Builds a {@link BatchJobRequest}; not thread-safe. The requests come from input files ({@link
   * #addInputFile(String)}), inline ({@link #requests(List)}), or both; one of them is required.
   */
  final class Builder {

    private @Nullable List<String> inputFiles;
    private @Nullable List<BatchRequest> requests;
    private @Nullable ApiEndpoint endpoint;
    private @Nullable String model;
    private @Nullable String agentId;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private @Nullable Integer timeoutHours;

    Builder() {}

    /**
     * Adds an uploaded input file, after any added before.
     *
     * @param fileId the id of a JSONL file uploaded with purpose {@code batch} ({@code
     *     StoredFile.id()}), one {@link BatchRequest} a line ({@link BatchJsonl} writes them)
     * @return this builder
     * @throws NullPointerException when the id is null
     */
    public Builder addInputFile(String fileId) {
      Objects.requireNonNull(fileId, "fileId");
      if (inputFiles == null) {
        inputFiles = new ArrayList<>();
      }
      inputFiles.add(fileId);
      return this;
    }

    /**
     * Sets the requests sent inline, instead of in an uploaded file.
     *
     * @param requests at most 10,000 requests, each a body and an id that its result carries back;
     *     null clears them
     * @return this builder
     */
    public Builder requests(@Nullable List<BatchRequest> requests) {
      this.requests = requests;
      return this;
    }

    /**
     * Sets the endpoint every request of the batch goes to; required.
     *
     * @param endpoint the endpoint, such as {@link ApiEndpoint#CHAT_COMPLETIONS}; the requests'
     *     bodies are that endpoint's requests; null clears it
     * @return this builder
     */
    public Builder endpoint(@Nullable ApiEndpoint endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    /**
     * Sets the model every request of the batch uses.
     *
     * @param model the model's name, such as {@code mistral-small-latest}; null clears it
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the agent every request of the batch goes to, instead of a model.
     *
     * @param agentId the id of an agent of the deprecated agents API; null clears it
     * @return this builder
     */
    public Builder agentId(@Nullable String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Adds a metadata entry, kept with the job and returned with it; an entry of the same key is
     * replaced.
     *
     * @param key the key, 1 to 32 characters
     * @param value the value, 1 to 512 characters
     * @return this builder
     * @throws NullPointerException when the key or the value is null
     */
    public Builder metadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets after how many hours the job gives up on the requests not yet done.
     *
     * @param timeoutHours the timeout in hours; null clears it, so the API's default (24) applies
     * @return this builder
     */
    public Builder timeoutHours(@Nullable Integer timeoutHours) {
      this.timeoutHours = timeoutHours;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the endpoint is missing, or there are neither input files
     *     nor inline requests (an empty list of them included)
     */
    public BatchJobRequest build() {
      if (endpoint == null) {
        throw new IllegalStateException(
            "BatchJobRequest.endpoint is required: set it with"
                + " builder().endpoint(ApiEndpoint.CHAT_COMPLETIONS)");
      }
      if (inputFiles == null && (requests == null || requests.isEmpty())) {
        throw new IllegalStateException(
            "BatchJobRequest needs its requests: add an uploaded file with addInputFile(fileId) or"
                + " pass them inline with requests(List.of(BatchRequest.of(\"0\", body)))");
      }
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
