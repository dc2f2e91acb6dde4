package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings the builders of chat moderation and chat classification requests share: besides
 * those of {@link ClassifierRequestBuilder}, one conversation or several, added one at a time.
 *
 * @param <B> the concrete builder
 * @param <I> the input's type
 */
public abstract class ChatClassifierRequestBuilder<B extends ChatClassifierRequestBuilder<B, I>, I>
    extends ClassifierRequestBuilder<B, I> {

  private @Nullable List<List<ChatMessage>> conversations;

  /** Only the builders of this package extend it. */
  ChatClassifierRequestBuilder() {}

  /** The input of one conversation, in the API's single form. */
  abstract I single(List<? extends ChatMessage> messages);

  /** The input of several conversations, in the API's list form. */
  abstract I several(List<List<ChatMessage>> conversations);

  /** The messages of each conversation an input holds. */
  abstract List<List<ChatMessage>> conversationsOf(I input);

  /**
   * Sets the input as built elsewhere, replacing any conversations added.
   *
   * @param input the conversation or conversations; required by {@code build()}
   * @return this builder
   */
  @Override
  public B input(@Nullable I input) {
    this.conversations = null;
    return super.input(input);
  }

  /**
   * Sets one conversation, sent in the API's single form: a list of messages for a moderation, one
   * {@code InstructRequest} object for a classification. It replaces any conversations added.
   *
   * @param messages the messages of the conversation, in order; null clears the input
   * @return this builder
   */
  public B messages(@Nullable List<? extends ChatMessage> messages) {
    return input(messages == null ? null : single(messages));
  }

  /**
   * Adds a conversation; with any added, the input is sent as a list, one result coming back per
   * conversation, and an input set before is dropped.
   *
   * @param messages the messages of the conversation, in order
   * @return this builder
   * @throws NullPointerException when the messages or one of them is null
   */
  public B addConversation(List<? extends ChatMessage> messages) {
    if (conversations == null) {
      conversations = new ArrayList<>();
      input = null;
    }
    conversations.add(List.copyOf(Objects.requireNonNull(messages, "messages")));
    return self();
  }

  /**
   * The input to build with: the conversations added, or else the one set.
   *
   * @throws IllegalStateException when there is none, or a conversation has no message
   */
  final I requireInput(String requestType) {
    I built = conversations != null ? several(conversations) : input;
    if (built == null
        || conversationsOf(built).isEmpty()
        || conversationsOf(built).stream().anyMatch(List::isEmpty)) {
      throw new IllegalStateException(
          requestType + ".input is required: set it with builder().messages(...)");
    }
    return built;
  }
}
