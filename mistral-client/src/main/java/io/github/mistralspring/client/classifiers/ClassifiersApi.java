package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Moderations and classifications of texts and chats, blocking; get it from {@code
 * MistralClient.classifiers()}.
 */
public interface ClassifiersApi extends WithOptions<ClassifiersApi> {

  /** Moderates texts ({@code POST /v1/moderations}). */
  ModerationResponse moderate(ClassificationRequest request);

  /** Moderates one text with the client's default moderation model. */
  ModerationResponse moderate(String text);

  /** Moderates texts with the client's default moderation model, one result per text. */
  ModerationResponse moderate(List<String> texts);

  /** Moderates chats ({@code POST /v1/chat/moderations}). */
  ModerationResponse moderateChat(ChatModerationRequest request);

  /** Classifies texts with a classifier model ({@code POST /v1/classifications}). */
  ClassificationResponse classify(ClassificationRequest request);

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  ClassificationResponse classifyChat(ChatClassificationRequest request);
}
