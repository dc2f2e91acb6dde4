package io.github.mistralspring.client.tools;

/**
 * What the tool loop does when a tool fails: it throws, its arguments do not match its parameters,
 * it runs past its timeout, or the model calls a tool it was not given.
 */
public enum ToolErrorMode {

  /**
   * Sends the failure to the model as the call's result ({@code Error: …}), so it can correct its
   * arguments or answer without the tool. The exception's class and message reach the model: do not
   * use this mode with tools whose messages hold secrets.
   */
  REPORT_TO_MODEL,

  /** Stops the loop with a {@link ToolExecutionException} carrying the conversation so far. */
  RAISE
}
