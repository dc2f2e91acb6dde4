package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.model.ChatMessage;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to classify chats with a classifier model ({@code POST /v1/chat/classifications}; the
 * spec's {@code ChatClassificationRequest}); build one with {@link #builder()}. The model is
 * required: there is no default classifier. The input is one conversation (sent as one {@link
 * InstructRequest}) or a list of them, one result coming back per conversation.
 */
@JsonDeserialize(as = ChatClassificationRequestValue.class)
public sealed interface ChatClassificationRequest
    extends ClassifierParameters<ChatClassificationInput> permits ChatClassificationRequestValue {

  /**
   * Creates a request to classify one conversation.
   *
   * @param model the classifier model, such as a fine-tuned classifier's id; required
   * @param messages the messages of the conversation, in order; at least one
   * @return the request
   * @throws IllegalStateException when the model is missing or blank, or the conversation is null
   *     or has no message
   */
  static ChatClassificationRequest of(String model, List<? extends ChatMessage> messages) {
    return builder().model(model).messages(messages).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ChatClassificationRequest}; not thread-safe. The model, the input and the extra
   * body are set with the methods of {@link ChatClassifierRequestBuilder}.
   */
  final class Builder extends ChatClassifierRequestBuilder<Builder, ChatClassificationInput> {

    private Builder() {}

    @Override
    ChatClassificationInput single(List<? extends ChatMessage> messages) {
      return ChatClassificationInput.of(InstructRequest.of(messages));
    }

    @Override
    ChatClassificationInput several(List<List<ChatMessage>> conversations) {
      return ChatClassificationInput.of(conversations.stream().map(InstructRequest::of).toList());
    }

    @Override
    List<List<ChatMessage>> conversationsOf(ChatClassificationInput input) {
      return input.requests().stream().map(InstructRequest::messages).toList();
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException when the model is missing or blank, or the input is missing,
     *     empty, or holds a conversation without messages
     */
    public ChatClassificationRequest build() {
      if (model == null || model.isBlank()) {
        throw new IllegalStateException(
            "ChatClassificationRequest.model is required: set it with builder().model(\"...\")");
      }
      return new ChatClassificationRequestValue(
          model, requireInput("ChatClassificationRequest"), extraBody);
    }
  }
}
