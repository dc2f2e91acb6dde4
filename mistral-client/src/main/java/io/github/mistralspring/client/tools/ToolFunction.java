package io.github.mistralspring.client.tools;

import org.jspecify.annotations.Nullable;

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
   * @param arguments the arguments the model chose, read as the tool's argument type
   * @return a {@code String} sent as is, any other value sent as its JSON; absent (null) is sent as
   *     {@code null}
   * @throws Exception reported to the model or raised, as {@link ToolRunOptions#onToolError} says
   */
  @Nullable Object call(A arguments) throws Exception;
}
