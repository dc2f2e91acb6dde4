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
    if (request.responseFormat() != null
        && !request.responseFormat().equals(output.responseFormat())) {
      throw new IllegalArgumentException(
          "parse(request, "
              + output.name()
              + ") sets response_format to the type's JSON schema, but the request already"
              + " sets one ("
              + request.responseFormat().type()
              + "): build the request without responseFormat(...)");
    }
    return request.toBuilder().responseFormat(output.responseFormat()).build();
  }
}
