package io.github.mistralspring.client.classifiers;

/** Moderations and classifications of texts and chats, blocking. */
public final class ClassifiersApi {

  private final ReactiveClassifiersApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ClassifiersApi(ReactiveClassifiersApi reactive) {
    this.reactive = reactive;
  }

  /** Moderates texts ({@code POST /v1/moderations}). */
  public ModerationResponse moderate(ClassificationRequest request) {
    return reactive.moderate(request).block();
  }

  /** Moderates chats ({@code POST /v1/chat/moderations}). */
  public ModerationResponse moderateChat(ChatModerationRequest request) {
    return reactive.moderateChat(request).block();
  }

  /** Classifies texts with a classifier model ({@code POST /v1/classifications}). */
  public ClassificationResponse classify(ClassificationRequest request) {
    return reactive.classify(request).block();
  }

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  public ClassificationResponse classifyChat(ChatClassificationRequest request) {
    return reactive.classifyChat(request).block();
  }
}
