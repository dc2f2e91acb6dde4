package io.github.mistralspring.client.batch;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One request of a batch: the body the endpoint takes and an id of the caller's choosing that the
 * result carries back. It is a line of a batch input file, or an item of {@link
 * BatchJobRequest#requests()}.
 */
@JsonDeserialize(as = BatchRequestValue.class)
public sealed interface BatchRequest permits BatchRequestValue {

  /**
   * The caller's id for the request.
   *
   * @return the caller's id for the request
   */
  @Nullable String customId();

  /**
   * The request body, such as a {@code ChatCompletionRequest}, written as JSON.
   *
   * @return the request body, such as a {@code ChatCompletionRequest}, written as JSON
   */
  Object body();

  /**
   * Returns a request of a batch with its id.
   *
   * @param customId the caller's id, which the request's result carries back; null for none
   * @param body the body the batch's endpoint takes, such as a {@code ChatCompletionRequest} or a
   *     map, written as JSON
   * @return the request
   * @throws IllegalStateException when the body is null
   */
  static BatchRequest of(@Nullable String customId, Object body) {
    return builder().customId(customId).body(body).build();
  }

  /**
   * Returns a builder for a new request of a batch.
   *
   * @return an empty builder
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
    return new Builder().customId(customId()).body(body());
  }

  /** Builds a {@link BatchRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String customId;
    private @Nullable Object body;

    private Builder() {}

    /**
     * Sets the caller's id for the request, which its result carries back.
     *
     * @param customId the id; null for none
     * @return this builder
     */
    public Builder customId(@Nullable String customId) {
      this.customId = customId;
      return this;
    }

    /**
     * Sets the body the endpoint takes.
     *
     * @param body the request body, such as a {@code ChatCompletionRequest}, written as JSON; null
     *     clears it
     * @return this builder
     */
    public Builder body(@Nullable Object body) {
      this.body = body;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException when the body is missing
     */
    public BatchRequest build() {
      if (body == null) {
        throw new IllegalStateException(
            "BatchRequest.body is required: set it with"
                + " body(ChatCompletionRequest.builder()...build())");
      }
      return new BatchRequestValue(customId, body);
    }
  }
}
