package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The chats to classify: the API accepts one {@link InstructRequest} or a list, and this keeps
 * which of the two it is.
 *
 * @param requests the conversations, in order; one result comes back per conversation
 * @param single true when written as one object rather than a list
 */
public record ChatClassificationInput(List<InstructRequest> requests, boolean single) {

  /**
   * Copies the conversations; a single form holds exactly one.
   *
   * @param requests the conversations, in order; one result comes back per conversation
   * @param single true when written as one object rather than a list
   */
  public ChatClassificationInput {
    requests = List.copyOf(Objects.requireNonNull(requests, "requests"));
    if (single && requests.size() != 1) {
      throw new IllegalArgumentException("A single ChatClassificationInput holds one request");
    }
  }

  /**
   * Creates an input of one conversation, written as an object.
   *
   * @param request the conversation to classify
   * @return the input, written as one object
   */
  public static ChatClassificationInput of(InstructRequest request) {
    return new ChatClassificationInput(List.of(request), true);
  }

  /**
   * Creates an input of several conversations, written as a list.
   *
   * @param requests the conversations, in order; one result comes back per conversation
   * @return the input, written as a list
   */
  public static ChatClassificationInput of(List<InstructRequest> requests) {
    return new ChatClassificationInput(requests, false);
  }

  /** Writes the form this input was built in. */
  @JsonValue
  Object toJson() {
    return single ? requests.get(0) : requests;
  }
}
