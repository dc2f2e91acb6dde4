package io.github.mistralspring.client.tools;

import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A tool call failed and the loop was told to raise ({@link ToolErrorMode#RAISE}): the tool threw,
 * ran past its timeout, got arguments that do not match its parameters, or is not among the tools
 * given. The cause is the tool's own exception, when there is one.
 */
public class ToolExecutionException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The name the model called. */
  private final String toolName;

  /** The id of the call; absent for a failure outside the chat tool loop. */
  private final @Nullable String toolCallId;

  private final transient List<ChatMessage> transcript;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param toolName the name the model called
   * @param toolCallId the id of the call; absent when the failure did not come from one
   * @param transcript the conversation so far, ending with the assistant message that made the call
   * @param cause the tool's exception; absent when the failure is not one (an unknown tool)
   */
  public ToolExecutionException(
      String message,
      String toolName,
      @Nullable String toolCallId,
      List<ChatMessage> transcript,
      @Nullable Throwable cause) {
    super(message, cause);
    this.toolName = toolName;
    this.toolCallId = toolCallId;
    this.transcript = List.copyOf(transcript);
  }

  /**
   * The name of the tool the model called.
   *
   * @return the name as the model wrote it, which may name no tool given
   */
  public String toolName() {
    return toolName;
  }

  /**
   * The id of the failed call.
   *
   * @return the call's {@code tool_call_id}; absent when the failure did not come from a chat call
   */
  public @Nullable String toolCallId() {
    return toolCallId;
  }

  /**
   * The conversation so far, ending with the assistant message that made the call.
   *
   * @return the messages, read-only; empty when the failure came from the conversations' loop
   */
  public List<ChatMessage> transcript() {
    return transcript;
  }
}
