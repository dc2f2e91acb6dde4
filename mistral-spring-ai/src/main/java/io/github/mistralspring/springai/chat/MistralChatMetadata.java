package io.github.mistralspring.springai.chat;

/**
 * The keys under which {@link MistralChatModel} puts what Mistral returns beside the text: on the
 * {@code AssistantMessage}'s metadata ({@code getMetadata()}) and on the {@code ChatResponse}'s.
 *
 * <p>A reasoning model's thinking never enters the message text, so {@code getText()} and {@code
 * ChatClient}'s {@code content()} and {@code entity()} read the answer only.
 */
public final class MistralChatMetadata {

  /**
   * The model's reasoning, as text: on a called response's message, and on the last chunk of each
   * choice of a stream (so a message aggregated from the stream holds all of it).
   */
  public static final String THINKING = "thinking";

  /** The reasoning one chunk of a stream adds, on the chunks that add some. */
  public static final String THINKING_DELTA = "thinkingDelta";

  /** The index of the choice the message belongs to (from 0). */
  public static final String CHOICE_INDEX = "index";

  /** On the response's metadata: when the completion was created, in seconds since the epoch. */
  public static final String CREATED = "created";

  private MistralChatMetadata() {}
}
