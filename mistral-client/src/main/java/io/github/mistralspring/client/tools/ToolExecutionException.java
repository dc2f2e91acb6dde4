package io.github.mistralspring.client.tools;

import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;

/**
 * A tool call failed and the loop was told to raise ({@link ToolErrorMode#RAISE}): the tool threw,
 * ran past its timeout, got arguments that do not match its parameters, or is not among the tools
 * given. The cause is the tool's own exception, when there is one.
 */
public class ToolExecutionException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final String toolName;
  private final String toolCallId;
  private final transient List<ChatMessage> transcript;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param toolName the name the model called
   * @param toolCallId the id of the call
   * @param transcript the conversation so far, ending with the assistant message that made the call
   * @param cause the tool's exception, or null
   */
  public ToolExecutionException(
      String message,
      String toolName,
      String toolCallId,
      List<ChatMessage> transcript,
      Throwable cause) {
    super(message, cause);
    this.toolName = toolName;
    this.toolCallId = toolCallId;
    this.transcript = List.copyOf(transcript);
  }

  /** The name of the tool the model called. */
  public String toolName() {
    return toolName;
  }

  /** The id of the failed call. */
  public String toolCallId() {
    return toolCallId;
  }

  /** The conversation so far, ending with the assistant message that made the call. */
  public List<ChatMessage> transcript() {
    return transcript;
  }
}
