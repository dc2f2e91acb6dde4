package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One request of a batch: the body the endpoint takes and an id of the caller's choosing that the
 * result carries back. It is a line of a batch input file, or an item of {@link
 * BatchJobRequest#requests()}.
 *
 * @param customId the caller's id for the request, or null
 * @param body the request body, such as a {@code ChatCompletionRequest}, written as JSON
 */
public record BatchRequest(@JsonProperty("custom_id") String customId, Object body) {

  /** Checks that the body is present. */
  public BatchRequest {
    Objects.requireNonNull(body, "body");
  }

  /** A request with an id. */
  public static BatchRequest of(String customId, Object body) {
    return new BatchRequest(customId, body);
  }
}
