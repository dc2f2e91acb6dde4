package io.github.mistralspring.client.tools;

/**
 * The Java code behind a {@link LocalTool}: takes the arguments the model chose, read as a record,
 * and returns the result sent back to the model.
 *
 * @param <A> the type the arguments are read as
 */
@FunctionalInterface
public interface ToolFunction<A> {

  /**
   * Runs the tool.
   *
   * @return a {@code String} sent as is, or any other value sent as its JSON
   * @throws Exception reported to the model or raised, as {@link ToolRunOptions#onToolError} says
   */
  Object call(A arguments) throws Exception;
}
