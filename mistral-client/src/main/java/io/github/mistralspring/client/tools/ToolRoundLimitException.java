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

  private final int maxRounds;
  private final transient List<ChatMessage> transcript;
  private final transient List<ToolCall> pendingCalls;

  /** Creates the exception for the cap reached, the conversation so far and the calls left. */
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

  /** The cap on rounds that was reached. */
  public int maxRounds() {
    return maxRounds;
  }

  /** The conversation so far: the request's messages, then every round's calls and results. */
  public List<ChatMessage> transcript() {
    return transcript;
  }

  /** The calls of the last answer, left unanswered. */
  public List<ToolCall> pendingCalls() {
    return pendingCalls;
  }
}
