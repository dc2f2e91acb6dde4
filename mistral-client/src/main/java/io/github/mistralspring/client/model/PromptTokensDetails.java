package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Details of the prompt tokens in {@link UsageInfo}.
 *
 * @param cachedTokens prompt tokens served from the prompt cache
 */
public record PromptTokensDetails(@JsonProperty("cached_tokens") Integer cachedTokens) {}
