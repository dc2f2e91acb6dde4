package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ClassificationResponse;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import reactor.core.publisher.Mono;

/** The reactive classifiers group. */
public final class DefaultReactiveClassifiersApi implements ReactiveClassifiersApi {

  private final Calls calls;

  /** The group on a client's calls. */
  public DefaultReactiveClassifiersApi(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Mono<ModerationResponse> moderate(ClassificationRequest request) {
    return calls.exchange(
        MistralRequest.of(MODERATE, request).model(request.model()), ModerationResponse.class);
  }

  @Override
  public Mono<ModerationResponse> moderateChat(ChatModerationRequest request) {
    return calls.exchange(
        MistralRequest.of(MODERATE_CHAT, request).model(request.model()), ModerationResponse.class);
  }

  @Override
  public Mono<ClassificationResponse> classify(ClassificationRequest request) {
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
