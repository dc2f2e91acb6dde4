package io.github.mistralspring.client.classifiers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every request of the classifiers group shares: the model, the input and body properties the
 * client does not model. Code that handles moderations and classifications alike (logging, routing
 * by model) can take this type instead of each request.
 *
 * @param <I> the input's type: {@link ClassificationInput} for texts, {@link ChatModerationInput}
 *     or {@link ChatClassificationInput} for chats
 */
public sealed interface ClassifierParameters<I>
    permits ClassificationRequest, ChatModerationRequest, ChatClassificationRequest {

  /**
   * The moderation or classifier model, such as {@code mistral-moderation-latest} or a fine-tuned
   * classifier's id.
   *
   * @return the model; null on a moderation request that leaves it to the client's default
   *     moderation model (a classification always names one)
   */
  @Nullable String model();

  /**
   * What to moderate or classify: texts, or chats as lists of messages.
   *
   * @return the input; null only on a request read from JSON that had none, since {@code build()}
   *     refuses a request without one
   */
  @Nullable I input();

  /**
   * Body properties this client does not model, written as top-level fields of the JSON body.
   *
   * @return the properties by JSON name, in the order they were added; empty when none, never null
   */
  Map<String, Object> extraBody();
}
