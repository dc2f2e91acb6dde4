package io.github.mistralspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A call to a tool that the model asks for in an assistant message.
 *
 * @param id the call's id, to be echoed back in the {@link ToolMessage} with the result; absent on
 *     the stream deltas after the first of a call
 * @param type the kind of tool called; absent on the stream deltas after the first of a call
 * @param function the function's name and arguments
 * @param index the position of this call among the message's calls (used to merge stream deltas);
 *     absent outside streams
 */
public record ToolCall(
    @Nullable String id, @Nullable ToolType type, FunctionCall function, @Nullable Integer index) {

  /**
   * Creates a call to a function, with arguments as a JSON string.
   *
   * @param id the call's id
   * @param name the function's name
   * @param arguments the arguments as JSON text
   * @return a {@code function} call with no index
   */
  public static ToolCall of(String id, String name, String arguments) {
    return new ToolCall(id, ToolType.FUNCTION, new FunctionCall(name, arguments), null);
  }
}
