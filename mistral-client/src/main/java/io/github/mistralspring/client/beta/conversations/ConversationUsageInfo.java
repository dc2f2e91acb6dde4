package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
    @JsonProperty("prompt_tokens") @Nullable Integer promptTokens,
    @JsonProperty("completion_tokens") @Nullable Integer completionTokens,
    @JsonProperty("total_tokens") @Nullable Integer totalTokens,
    @JsonProperty("connector_tokens") @Nullable Integer connectorTokens,
    Map<String, Integer> connectors) {
  /**
   * Keeps the connectors read-only; absent ones read as none.
   *
   * @param promptTokens tokens in the prompt
   * @param completionTokens tokens generated
   * @param totalTokens all tokens
   * @param connectorTokens tokens used by built-in tools and connectors, if reported
   * @param connectors calls per built-in tool or connector, if reported
   */
  public ConversationUsageInfo {
    connectors = ReadOnly.map(connectors);
  }
}
