package io.github.mistralspring.client.model;

/**
 * A call to a tool that the model asks for in an assistant message.
 *
 * @param id the call's id, to be echoed back in the {@link ToolMessage} with the result
 * @param type the kind of tool called
 * @param function the function's name and arguments
 * @param index the position of this call among the message's calls (used to merge stream deltas)
 */
public record ToolCall(String id, ToolType type, FunctionCall function, Integer index) {

  /** Creates a call to a function, with arguments as a JSON string. */
  public static ToolCall of(String id, String name, String arguments) {
    return new ToolCall(id, ToolType.FUNCTION, new FunctionCall(name, arguments), null);
  }
}
