package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import reactor.core.publisher.Mono;

/** Moderations and classifications of texts and chats, as {@link Mono}. */
public final class ReactiveClassifiersApi {

  /** Moderation of texts. */
  public static final MistralOperation MODERATE =
      MistralOperation.statelessPost("moderations", "/v1/moderations");

  /** Moderation of chats. */
  public static final MistralOperation MODERATE_CHAT =
      MistralOperation.statelessPost("chat.moderations", "/v1/chat/moderations");

  /** Classification of texts. */
  public static final MistralOperation CLASSIFY =
      MistralOperation.statelessPost("classifications", "/v1/classifications");

  /** Classification of chats. */
  public static final MistralOperation CLASSIFY_CHAT =
      MistralOperation.statelessPost("chat.classifications", "/v1/chat/classifications");

  private final MistralTransport transport;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code
   * classifiers()}.
   */
  public ReactiveClassifiersApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Moderates texts ({@code POST /v1/moderations}). */
  public Mono<ModerationResponse> moderate(ClassificationRequest request) {
    return transport.exchange(MistralRequest.of(MODERATE, request), ModerationResponse.class);
  }

  /** Moderates chats ({@code POST /v1/chat/moderations}). */
  public Mono<ModerationResponse> moderateChat(ChatModerationRequest request) {
    return transport.exchange(MistralRequest.of(MODERATE_CHAT, request), ModerationResponse.class);
  }

  /** Classifies texts with a classifier model ({@code POST /v1/classifications}). */
  public Mono<ClassificationResponse> classify(ClassificationRequest request) {
    return transport.exchange(MistralRequest.of(CLASSIFY, request), ClassificationResponse.class);
  }

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  public Mono<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
    return transport.exchange(
        MistralRequest.of(CLASSIFY_CHAT, request), ClassificationResponse.class);
  }
}
