package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.error.MistralException;
import java.util.List;

/**
 * The function-calling loop reached its cap on rounds while the model was still calling functions;
 * carries the last response, whose calls were not answered.
 */
public class FunctionCallLimitException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The cap on rounds that was reached. */
  private final int maxRounds;

  private final transient ConversationResponse lastResponse;

  /**
   * Creates the exception for the cap that was reached and the response still calling.
   *
   * @param maxRounds the cap on rounds that was reached
   * @param lastResponse the last response, which still calls functions
   */
  public FunctionCallLimitException(int maxRounds, ConversationResponse lastResponse) {
    super(
        "The model was still calling functions "
            + names(lastResponse.functionCalls())
            + " after "
            + maxRounds
            + " rounds of function results; raise maxRounds if that many are expected"
            + " (conversation "
            + lastResponse.conversationId()
            + ")");
    this.maxRounds = maxRounds;
    this.lastResponse = lastResponse;
  }

  private static String names(List<FunctionCallEntry> calls) {
    return calls.stream().map(FunctionCallEntry::name).toList().toString();
  }

  /**
   * The cap on rounds that was reached.
   *
   * @return the cap; pass a higher one to let the model call more
   */
  public int maxRounds() {
    return maxRounds;
  }

  /**
   * The last response, with the function calls left unanswered.
   *
   * @return the last response, whose {@code functionCalls()} are unanswered
   */
  public ConversationResponse lastResponse() {
    return lastResponse;
  }
}
