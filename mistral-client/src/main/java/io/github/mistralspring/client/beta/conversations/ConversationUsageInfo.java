package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * How many tokens a conversation response used.
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens generated
 * @param totalTokens all tokens
 * @param connectorTokens tokens used by built-in tools and connectors, if reported
 * @param connectors calls per built-in tool or connector, if reported
 */
public record ConversationUsageInfo(
    @JsonProperty("prompt_tokens") Integer promptTokens,
    @JsonProperty("completion_tokens") Integer completionTokens,
    @JsonProperty("total_tokens") Integer totalTokens,
    @JsonProperty("connector_tokens") Integer connectorTokens,
    Map<String, Integer> connectors) {}
