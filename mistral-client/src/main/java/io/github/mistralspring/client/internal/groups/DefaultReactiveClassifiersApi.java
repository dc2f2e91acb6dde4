package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ClassificationResponse;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import java.util.List;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** The reactive classifiers group. */
public final class DefaultReactiveClassifiersApi extends CallsGroup<ReactiveClassifiersApi>
    implements ReactiveClassifiersApi {

  /** The group on a client's calls. */
  public DefaultReactiveClassifiersApi(Calls calls) {
    super(calls, DefaultReactiveClassifiersApi::new);
  }

  @Override
  public Mono<ModerationResponse> moderate(ClassificationRequest request) {
    ClassificationRequest withModel =
        request.withModel(
            calls.defaultModels().moderationFor(request.model(), "ClassificationRequest"));
    return calls.exchange(
        MistralRequest.of(MODERATE, withModel).model(withModel.model()), ModerationResponse.class);
  }

  @Override
  public Mono<ModerationResponse> moderate(String text) {
    return moderate(ClassificationRequest.of(null, Objects.requireNonNull(text, "text")));
  }

  @Override
  public Mono<ModerationResponse> moderate(List<String> texts) {
    return moderate(ClassificationRequest.of(null, Objects.requireNonNull(texts, "texts")));
  }

  @Override
  public Mono<ModerationResponse> moderateChat(ChatModerationRequest request) {
    ChatModerationRequest withModel =
        request.withModel(
            calls.defaultModels().moderationFor(request.model(), "ChatModerationRequest"));
    return calls.exchange(
        MistralRequest.of(MODERATE_CHAT, withModel).model(withModel.model()),
        ModerationResponse.class);
  }

  @Override
  public Mono<ClassificationResponse> classify(ClassificationRequest request) {
    if (request.model() == null || request.model().isBlank()) {
      throw new IllegalArgumentException(
          "ClassificationRequest.model is required for a classification: set it to a classifier"
              + " model, such as the id of a fine-tuned classifier, with builder().model(..)");
    }
    return calls.exchange(
        MistralRequest.of(CLASSIFY, request).model(request.model()), ClassificationResponse.class);
  }

  @Override
  public Mono<ClassificationResponse> classifyChat(ChatClassificationRequest request) {
    return calls.exchange(
        MistralRequest.of(CLASSIFY_CHAT, request).model(request.model()),
        ClassificationResponse.class);
  }
}
