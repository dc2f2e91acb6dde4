package io.github.mistralspring.client.classifiers;

/**
 * Moderations and classifications of texts and chats, blocking; get it from {@code
 * MistralClient.classifiers()}.
 */
public interface ClassifiersApi {

  /** Moderates texts ({@code POST /v1/moderations}). */
  ModerationResponse moderate(ClassificationRequest request);

  /** Moderates chats ({@code POST /v1/chat/moderations}). */
  ModerationResponse moderateChat(ChatModerationRequest request);

  /** Classifies texts with a classifier model ({@code POST /v1/classifications}). */
  ClassificationResponse classify(ClassificationRequest request);

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  ClassificationResponse classifyChat(ChatClassificationRequest request);
}
