package io.github.mistralspring.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings every completion request builder shares (chat, agents and FIM): token limit, stop
 * sequences, seed, metadata, prompt cache key and body properties the client does not model. Each
 * setter returns the concrete builder, so calls chain in any order.
 *
 * @param <B> the concrete builder
 */
public abstract class CompletionRequestBuilder<B extends CompletionRequestBuilder<B>> {

  /** The most tokens to generate. */
  protected @Nullable Integer maxTokens;

  /** The stop sequences. */
  protected @Nullable Stop stop;

  /** The sampling seed. */
  protected @Nullable Long randomSeed;

  /** Free-form metadata. */
  protected @Nullable Map<String, Object> metadata;

  /** The prompt cache key. */
  protected @Nullable String promptCacheKey;

  /** Body properties the client does not model, in the order they were added. */
  protected final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** For the builders of the client's request types. */
  protected CompletionRequestBuilder() {}

  /**
   * Starts from the shared parameters of an existing request, for its {@code toBuilder()}.
   *
   * @param request the request whose token limit, stop sequences, seed, metadata, prompt cache key
   *     and extra body this builder takes
   */
  protected CompletionRequestBuilder(CompletionParameters request) {
    maxTokens = request.maxTokens();
    stop = request.stop();
    randomSeed = request.randomSeed();
    metadata = request.metadata();
    promptCacheKey = request.promptCacheKey();
    extraBody.putAll(request.extraBody());
  }

  /**
   * This builder, as its concrete type.
   *
   * @return this builder, typed as the concrete builder
   */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  protected final B self() {
    return (B) this;
  }

  /**
   * Sets the most tokens to generate.
   *
   * @param maxTokens the most tokens to generate, at least 1; null for the model's limit
   * @return this builder
   */
  public B maxTokens(@Nullable Integer maxTokens) {
    this.maxTokens = maxTokens;
    return self();
  }

  /**
   * Sets the stop sequences, keeping the form (string or list) of the given value.
   *
   * @param stop the stop sequences; null for none
   * @return this builder
   */
  public B stop(@Nullable Stop stop) {
    this.stop = stop;
    return self();
  }

  /**
   * Sets one stop sequence, sent as a string.
   *
   * @param stop the stop sequence; null for none
   * @return this builder
   */
  public B stop(@Nullable String stop) {
    this.stop = stop == null ? null : Stop.of(stop);
    return self();
  }

  /**
   * Sets the stop sequences, sent as a list.
   *
   * @param stop the stop sequences; null for none
   * @return this builder
   */
  public B stop(@Nullable List<String> stop) {
    this.stop = stop == null ? null : Stop.of(stop);
    return self();
  }

  /**
   * Sets the sampling seed.
   *
   * @param randomSeed the seed that makes sampling repeatable; null for a random one
   * @return this builder
   */
  public B randomSeed(@Nullable Long randomSeed) {
    this.randomSeed = randomSeed;
    return self();
  }

  /**
   * Sets the sampling seed, from a primitive value: {@code randomSeed(42)} needs no cast.
   *
   * @param randomSeed the seed that makes sampling repeatable
   * @return this builder
   */
  public B randomSeed(long randomSeed) {
    return randomSeed(Long.valueOf(randomSeed));
  }

  /**
   * Sets free-form metadata.
   *
   * @param metadata free-form metadata sent with the request; null for none
   * @return this builder
   */
  public B metadata(@Nullable Map<String, Object> metadata) {
    this.metadata = metadata;
    return self();
  }

  /**
   * Sets the prompt cache key.
   *
   * @param promptCacheKey the key under which the API caches the prompt; null for none
   * @return this builder
   */
  public B promptCacheKey(@Nullable String promptCacheKey) {
    this.promptCacheKey = promptCacheKey;
    return self();
  }

  /**
   * Adds a body property this client does not model; a null value is sent as JSON null.
   *
   * @param name the property's JSON name; not one the request models
   * @param value the property's value, written with the client's JSON mapper; null is sent as JSON
   *     null
   * @return this builder
   */
  public B extraBody(String name, @Nullable Object value) {
    extraBody.put(Objects.requireNonNull(name, "name"), value);
    return self();
  }

  /**
   * Adds body properties this client does not model.
   *
   * @param properties the properties by JSON name, added to those already set
   * @return this builder
   */
  public B extraBody(Map<String, ?> properties) {
    extraBody.putAll(properties);
    return self();
  }
}
