package io.github.mistralspring.client.tools;

import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.ToolCall;
import java.util.List;

/**
 * The tool loop sent its cap of rounds of tool results and the model still called tools; carries
 * the conversation so far (ending with the unanswered calls), to continue or inspect it.
 */
public class ToolRoundLimitException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The cap on rounds that was reached. */
  private final int maxRounds;

  private final transient List<ChatMessage> transcript;
  private final transient List<ToolCall> pendingCalls;

  /**
   * Creates the exception for the cap reached, the conversation so far and the calls left.
   *
   * @param maxRounds the cap on rounds of tool results that was reached
   * @param transcript the conversation so far, ending with the assistant message of the calls left
   * @param pendingCalls the calls of the last answer, left unanswered
   */
  public ToolRoundLimitException(
      int maxRounds, List<ChatMessage> transcript, List<ToolCall> pendingCalls) {
    super(
        "The model was still calling tools "
            + pendingCalls.stream().map(call -> call.function().name()).toList()
            + " after "
            + maxRounds
            + " rounds of tool results; raise ToolRunOptions.maxRounds if that many are expected");
    this.maxRounds = maxRounds;
    this.transcript = List.copyOf(transcript);
    this.pendingCalls = List.copyOf(pendingCalls);
  }

  /**
   * The cap on rounds that was reached.
   *
   * @return how many rounds of tool results were sent
   */
  public int maxRounds() {
    return maxRounds;
  }

  /**
   * The conversation so far: the request's messages, then every round's calls and results.
   *
   * @return the messages, read-only, to continue the conversation from
   */
  public List<ChatMessage> transcript() {
    return transcript;
  }

  /**
   * The calls of the last answer, left unanswered.
   *
   * @return the calls, read-only
   */
  public List<ToolCall> pendingCalls() {
    return pendingCalls;
  }
}
