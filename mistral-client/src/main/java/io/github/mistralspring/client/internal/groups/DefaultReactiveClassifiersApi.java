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
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        Completions.withDefaultModel(
            MODERATE,
            request,
            request.model(),
            "ClassificationRequest",
            () -> calls.defaultModels().moderationFor(null, "ClassificationRequest")),
        ModerationResponse.class);
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
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        Completions.withDefaultModel(
            MODERATE_CHAT,
            request,
            request.model(),
            "ChatModerationRequest",
            () -> calls.defaultModels().moderationFor(null, "ChatModerationRequest")),
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
