package io.github.mistralspring.client.batch;

import java.util.Objects;
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

  /** A request with an id. */
  static BatchRequest of(String customId, Object body) {
    return new BatchRequestValue(customId, body);
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
     * @param body the request body, such as a {@code ChatCompletionRequest}, written as JSON
     * @return this builder
     */
    public Builder body(Object body) {
      this.body = Objects.requireNonNull(body, "body");
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
            "A BatchRequest needs its body: call body(ChatCompletionRequest.builder()...build()) on"
                + " the builder");
      }
      return new BatchRequestValue(customId, body);
    }
  }
}
