package io.github.mistralspring.client.fim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.Stop;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link FimCompletionRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record FimCompletionRequestValue(
    @Nullable String model,
    @Nullable Double temperature,
    @JsonProperty("top_p") @Nullable Double topP,
    @JsonProperty("max_tokens") @Nullable Integer maxTokens,
    @Nullable Stop stop,
    @JsonProperty("random_seed") @Nullable Long randomSeed,
    @Nullable Map<String, Object> metadata,
    @Nullable String prompt,
    @Nullable String suffix,
    @JsonProperty("min_tokens") @Nullable Integer minTokens,
    @JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements FimCompletionRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  FimCompletionRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }
}
