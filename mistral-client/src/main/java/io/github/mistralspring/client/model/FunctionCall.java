package io.github.mistralspring.client.model;

import io.github.mistralspring.client.json.MistralJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

/**
 * The function a {@link ToolCall} invokes and the arguments the model chose.
 *
 * @param name the function's name
 * @param arguments the arguments as sent: the API returns a JSON string, but a JSON object (read as
 *     a {@code Map}) is accepted too and kept as such
 */
public record FunctionCall(String name, @Nullable Object arguments) {

  /**
   * Returns the arguments as a JSON string, whichever form they were sent in.
   *
   * @return the arguments as JSON text; absent when the call carried none
   */
  public @Nullable String argumentsAsString() {
    if (arguments == null || arguments instanceof String) {
      return (String) arguments;
    }
    try {
      return MistralJson.mapper().writeValueAsString(arguments);
    } catch (JacksonException e) {
      throw new IllegalStateException("Cannot write the arguments of " + name + " as JSON", e);
    }
  }
}
