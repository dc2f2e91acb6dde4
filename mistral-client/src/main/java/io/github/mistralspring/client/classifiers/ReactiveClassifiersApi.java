package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import java.util.List;
import java.util.Objects;
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

  /**
   * Moderates texts ({@code POST /v1/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Mono<ModerationResponse> moderate(ClassificationRequest request) {
    ClassificationRequest withModel =
        request.withModel(
            transport
                .settings()
                .defaultModels()
                .moderationFor(request.model(), "ClassificationRequest"));
    return transport.exchange(MistralRequest.of(MODERATE, withModel), ModerationResponse.class);
  }

  /** Moderates one text with the client's default moderation model. */
  public Mono<ModerationResponse> moderate(String text) {
    return moderate(ClassificationRequest.of(null, Objects.requireNonNull(text, "text")));
  }

  /** Moderates texts with the client's default moderation model, one result per text. */
  public Mono<ModerationResponse> moderate(List<String> texts) {
    return moderate(ClassificationRequest.of(null, Objects.requireNonNull(texts, "texts")));
  }

  /**
   * Moderates chats ({@code POST /v1/chat/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Mono<ModerationResponse> moderateChat(ChatModerationRequest request) {
    ChatModerationRequest withModel =
        request.withModel(
            transport
                .settings()
                .defaultModels()
                .moderationFor(request.model(), "ChatModerationRequest"));
    return transport.exchange(
        MistralRequest.of(MODERATE_CHAT, withModel), ModerationResponse.class);
  }

  /**
   * Classifies texts with a classifier model ({@code POST /v1/classifications}); there is no
   * default classifier, so the request must name one.
   *
   * @throws IllegalArgumentException when the request names no model
   */
  public Mono<ClassificationResponse> classify(ClassificationRequest request) {
    if (request.model() == null || request.model().isBlank()) {
      throw new IllegalArgumentException(
          "ClassificationRequest.model is required for a classification: set it to a classifier"
              + " model, such as the id of a fine-tuned classifier, with builder().model(..)");
    }
    return transport.exchange(MistralRequest.of(CLASSIFY, request), ClassificationResponse.class);
  }

  /** Classifies chats with a classifier model ({@code POST /v1/chat/classifications}). */
  public Mono<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
    return transport.exchange(
        MistralRequest.of(CLASSIFY_CHAT, request), ClassificationResponse.class);
  }
}
