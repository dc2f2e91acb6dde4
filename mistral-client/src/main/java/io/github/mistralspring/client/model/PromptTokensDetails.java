package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Details of the prompt tokens in {@link UsageInfo}.
 *
 * @param cachedTokens prompt tokens served from the prompt cache; absent when the API did not say
 */
public record PromptTokensDetails(@JsonProperty("cached_tokens") @Nullable Integer cachedTokens) {}
