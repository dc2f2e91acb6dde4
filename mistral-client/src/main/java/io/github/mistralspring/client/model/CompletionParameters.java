package io.github.mistralspring.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters every completion request shares (chat, agents and FIM): token limit, stop
 * sequences, seed, metadata, prompt cache key and body properties the client does not model. An
 * unset (null) parameter is left out of the JSON, so the API applies its default.
 */
public interface CompletionParameters {

  /**
   * The most tokens to generate ({@code max_tokens}).
   *
   * @return the most tokens to generate; null when unset, so the model's limit applies
   */
  @Nullable Integer maxTokens();

  /**
   * The sequences that end generation, as one string or a list.
   *
   * @return the stop sequences; null when unset, so generation stops only at the model's end
   */
  @Nullable Stop stop();

  /**
   * The seed for sampling, for repeatable answers ({@code random_seed}).
   *
   * @return the seed; null when unset, so each request samples with a random one
   */
  @Nullable Long randomSeed();

  /**
   * Free-form metadata stored with the request.
   *
   * @return the metadata; null when unset
   */
  @Nullable Map<String, Object> metadata();

  /**
   * A key that lets requests sharing a prefix reuse the prompt cache ({@code prompt_cache_key}).
   *
   * @return the prompt cache key; null when unset
   */
  @Nullable String promptCacheKey();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by JSON name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();
}
