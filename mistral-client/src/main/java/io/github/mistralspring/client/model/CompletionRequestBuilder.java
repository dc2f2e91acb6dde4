package io.github.mistralspring.client.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings every completion request builder shares (chat, agents and FIM): token limit,
 * streaming, stop sequences, seed, metadata, prompt cache key and body properties the client does
 * not model. Each setter returns the concrete builder, so calls chain in any order.
 *
 * @param <B> the concrete builder
 */
public abstract class CompletionRequestBuilder<B extends CompletionRequestBuilder<B>> {

  /** The most tokens to generate. */
  protected Integer maxTokens;

  /** The stop sequences. */
  protected Stop stop;

  /** The sampling seed. */
  protected Long randomSeed;

  /** Free-form metadata. */
  protected Map<String, Object> metadata;

  /** The prompt cache key. */
  protected String promptCacheKey;

  /** Body properties the client does not model, in the order they were added. */
  protected final Map<String, Object> extraBody = new LinkedHashMap<>();

  /** For the builders of the client's request types. */
  protected CompletionRequestBuilder() {}

  /** This builder, as its concrete type. */
  @SuppressWarnings("unchecked") // B is this class's own type, by the bound every subclass uses
  protected final B self() {
    return (B) this;
  }

  /** Sets the most tokens to generate. */
  public B maxTokens(Integer maxTokens) {
    this.maxTokens = maxTokens;
    return self();
  }

  /** Sets the stop sequences, keeping the form (string or list) of the given value. */
  public B stop(Stop stop) {
    this.stop = stop;
    return self();
  }

  /** Sets one stop sequence, sent as a string. */
  public B stop(String stop) {
    this.stop = stop == null ? null : Stop.of(stop);
    return self();
  }

  /** Sets the stop sequences, sent as a list. */
  public B stop(List<String> stop) {
    this.stop = stop == null ? null : Stop.of(stop);
    return self();
  }

  /** Sets the sampling seed. */
  public B randomSeed(Long randomSeed) {
    this.randomSeed = randomSeed;
    return self();
  }

  /** Sets the sampling seed, from a primitive value: {@code randomSeed(42)} needs no cast. */
  public B randomSeed(long randomSeed) {
    return randomSeed(Long.valueOf(randomSeed));
  }

  /** Sets free-form metadata. */
  public B metadata(Map<String, Object> metadata) {
    this.metadata = metadata;
    return self();
  }

  /** Sets the prompt cache key. */
  public B promptCacheKey(String promptCacheKey) {
    this.promptCacheKey = promptCacheKey;
    return self();
  }

  /** Adds a body property this client does not model; a null value is sent as JSON null. */
  public B extraBody(String name, Object value) {
    extraBody.put(Objects.requireNonNull(name, "name"), value);
    return self();
  }

  /** Adds body properties this client does not model. */
  public B extraBody(Map<String, ?> properties) {
    extraBody.putAll(properties);
    return self();
  }
}
