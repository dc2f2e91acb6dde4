package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ClassificationResponse;
import io.github.mistralspring.client.classifiers.ClassifiersApi;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.classifiers.ReactiveClassifiersApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import java.util.List;

/** The blocking classifiers group, waiting on the reactive one. */
public final class DefaultClassifiersApi implements ClassifiersApi {

  private final ReactiveClassifiersApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultClassifiersApi(ReactiveClassifiersApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ModerationResponse moderate(ClassificationRequest request) {
    return Blocking.await(reactive.moderate(request));
  }

  @Override
  public ModerationResponse moderate(String text) {
    return Blocking.await(reactive.moderate(text));
  }

  @Override
  public ModerationResponse moderate(List<String> texts) {
    return Blocking.await(reactive.moderate(texts));
  }

  @Override
  public ModerationResponse moderateChat(ChatModerationRequest request) {
    return Blocking.await(reactive.moderateChat(request));
  }

  @Override
  public ClassificationResponse classify(ClassificationRequest request) {
    return Blocking.await(reactive.classify(request));
  }

  @Override
  public ClassificationResponse classifyChat(ChatClassificationRequest request) {
    return Blocking.await(reactive.classifyChat(request));
  }

  @Override
  public ClassifiersApi withOptions(RequestOptions options) {
    return new DefaultClassifiersApi(reactive.withOptions(options));
  }
}
