package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** Moderations and classifications of texts and chats, blocking. */
public final class ClassifiersApi {

  private final ReactiveClassifiersApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ClassifiersApi(ReactiveClassifiersApi reactive) {
    this.reactive = reactive;
  }

  /** Moderates texts ({@code POST /v1/moderations}). */
  public ModerationResponse moderate(ClassificationRequest request) {
    return Blocking.await(reactive.moderate(request));
  }

  /** Moderates one text with the client's default moderation model. */
  public ModerationResponse moderate(String text) {
    return Blocking.await(reactive.moderate(text));
  }

  /** Moderates texts with the client's default moderation model, one result per text. */
  public ModerationResponse moderate(List<String> texts) {
    return Blocking.await(reactive.moderate(texts));
  }

  /** Moderates chats ({@code POST /v1/chat/moderations}). */
  public ModerationResponse moderateChat(ChatModerationRequest request) {
    return Blocking.await(reactive.moderateChat(request));
  }

  /** Classifies texts with a classifier model ({@code POST /v1/classifications}). */
  public ClassificationResponse classify(ClassificationRequest request) {
    return Blocking.await(reactive.classify(request));
  }

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  public ClassificationResponse classifyChat(ChatClassificationRequest request) {
    return Blocking.await(reactive.classifyChat(request));
  }
}
