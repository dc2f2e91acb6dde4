package io.github.mistralspring.client.classifiers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings every request builder of the classifiers group shares: model, input and body
 * properties the client does not model. Each setter returns the concrete builder, so calls chain in
 * any order.
 *
 * @param <B> the concrete builder
 * @param <I> the input's type
 */
public abstract class ClassifierRequestBuilder<B extends ClassifierRequestBuilder<B, I>, I> {

  @Nullable String model;
  @Nullable I input;
  final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** Only the builders of this package extend it. */
  ClassifierRequestBuilder() {}

  /** This builder, as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  final B self() {
    return (B) this;
  }

  /** Starts from a request's values: the subclass copies what else it holds. */
  final B from(ClassifierParameters<I> request) {
    model = request.model();
    input = request.input();
    extraBody.putAll(request.extraBody());
    return self();
  }

  /**
   * Sets the model.
   *
   * @param model the moderation or classifier model, such as {@code mistral-moderation-latest} or a
   *     fine-tuned classifier's id; null on a moderation request means the client's default
   *     moderation model, while a classification refuses to be sent without one
   * @return this builder
   */
  public B model(@Nullable String model) {
    this.model = model;
    return self();
  }

  /**
   * Sets the input as built elsewhere.
   *
   * @param input what to moderate or classify; required by {@code build()}
   * @return this builder
   */
  public B input(@Nullable I input) {
    this.input = input;
    return self();
  }

  /**
   * Adds a body property this client does not model, written as a top-level field; a later call
   * with the same name replaces the value.
   *
   * @param name the property's JSON name
   * @param value the value, written as Jackson writes it; null is sent as JSON {@code null}
   * @return this builder
   * @throws NullPointerException when the name is null
   */
  public B extraBody(String name, @Nullable Object value) {
    extraBody.put(Objects.requireNonNull(name, "name"), value);
    return self();
  }
}
