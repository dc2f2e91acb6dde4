package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.schema.StructuredOutput;
import java.util.Objects;

/** What the {@code parse} methods of both agents groups share. */
final class AgentsStructuredOutput {

  private AgentsStructuredOutput() {}

  /**
   * The request with the type's {@code response_format}; a different one already set is an error.
   */
  static AgentsCompletionRequest withFormat(
      AgentsCompletionRequest request, StructuredOutput<?> output) {
    Objects.requireNonNull(request, "request");
    return request.toBuilder()
        .responseFormat(output.requireCompatible(request.responseFormat()))
        .build();
  }
}
