package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.core.WithOptions;
import java.util.List;

/**
 * Moderations and classifications of texts and chats, blocking; get it from {@code
 * MistralClient.classifiers()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null request throws a {@link NullPointerException}.
 */
public interface ClassifiersApi extends WithOptions<ClassifiersApi> {

  /**
   * Moderates texts ({@code POST /v1/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @param request the texts and, optionally, the model
   * @return one result per text, in order
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  ModerationResponse moderate(ClassificationRequest request);

  /**
   * Moderates one text with the client's default moderation model.
   *
   * @param text the text to moderate
   * @return one result; {@link ModerationResponse#flagged()} says whether it was flagged
   * @throws IllegalArgumentException when the client has no default moderation model
   */
  ModerationResponse moderate(String text);

  /**
   * Moderates texts with the client's default moderation model, one result per text.
   *
   * @param texts the texts to moderate, in order
   * @return one result per input, in order; {@link ModerationResponse#flagged()} says whether any
   *     was flagged
   * @throws IllegalArgumentException when the client has no default moderation model
   */
  ModerationResponse moderate(List<String> texts);

  /**
   * Moderates chats ({@code POST /v1/chat/moderations}); a request without a model is sent with the
   * client's default moderation model.
   *
   * @param request the conversations and, optionally, the model
   * @return one result per conversation, in order
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  ModerationResponse moderateChat(ChatModerationRequest request);

  /**
   * Classifies texts with a classifier model ({@code POST /v1/classifications}); there is no
   * default classifier, so the request must name one.
   *
   * @param request the texts and the classifier model, such as a fine-tuned classifier's id
   * @return per text, in order, the scores of each target of the classifier
   * @throws IllegalArgumentException when the request names no model
   */
  ClassificationResponse classify(ClassificationRequest request);

  /**
   * Classifies chats with a classifier model ({@code POST /v1/chat/classifications}).
   *
   * @param request the conversations and the classifier model
   * @return per conversation, in order, the scores of each target of the classifier
   */
  ClassificationResponse classifyChat(ChatClassificationRequest request);
}
