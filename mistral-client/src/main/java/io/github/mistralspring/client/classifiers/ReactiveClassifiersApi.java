package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Moderations and classifications of texts and chats, as {@link Mono}; get it from {@code
 * ReactiveMistralClient.classifiers()}.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null request throws a {@link NullPointerException} at the call.
 */
public interface ReactiveClassifiersApi extends WithOptions<ReactiveClassifiersApi> {

  /** Moderation of texts. */
  MistralOperation MODERATE = MistralOperation.statelessPost("moderations", "/v1/moderations");

  /** Moderation of chats. */
  MistralOperation MODERATE_CHAT =
      MistralOperation.statelessPost("chat.moderations", "/v1/chat/moderations");

  /** Classification of texts. */
  MistralOperation CLASSIFY =
      MistralOperation.statelessPost("classifications", "/v1/classifications");

  /** Classification of chats. */
  MistralOperation CLASSIFY_CHAT =
      MistralOperation.statelessPost("chat.classifications", "/v1/chat/classifications");

  /**
   * Moderates texts ({@code POST /v1/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @param request the texts and, optionally, the model
   * @return one result per text, in order
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<ModerationResponse> moderate(ClassificationRequest request);

  /**
   * Moderates one text with the client's default moderation model.
   *
   * @param text the text to moderate
   * @return one result; {@link ModerationResponse#flagged()} says whether it was flagged
   * @throws IllegalArgumentException when the client has no default moderation model
   */
  Mono<ModerationResponse> moderate(String text);

  /**
   * Moderates texts with the client's default moderation model, one result per text.
   *
   * @param texts the texts to moderate, in order
   * @return one result per input, in order; {@link ModerationResponse#flagged()} says whether any
   *     was flagged
   * @throws IllegalArgumentException when the client has no default moderation model
   */
  Mono<ModerationResponse> moderate(List<String> texts);

  /**
   * Moderates chats ({@code POST /v1/chat/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @param request the conversations and, optionally, the model
   * @return one result per conversation, in order
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<ModerationResponse> moderateChat(ChatModerationRequest request);

  /**
   * Classifies texts with a classifier model ({@code POST /v1/classifications}); there is no
   * default classifier, so the request must name one.
   *
   * @param request the texts and the classifier model, such as a fine-tuned classifier's id
   * @return per text, in order, the scores of each target of the classifier
   * @throws IllegalArgumentException when the request names no model
   */
  Mono<ClassificationResponse> classify(ClassificationRequest request);

  /**
   * Classifies chats with a classifier model ({@code POST /v1/chat/classifications}).
   *
   * @param request the conversations and the classifier model
   * @return per conversation, in order, the scores of each target of the classifier
   */
  Mono<ClassificationResponse> classifyChat(ChatClassificationRequest request);
}
