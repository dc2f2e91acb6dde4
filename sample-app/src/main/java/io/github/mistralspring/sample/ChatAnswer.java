package io.github.mistralspring.sample;

import io.github.mistralspring.client.model.UsageInfo;

/**
 * The body answered by {@code POST /api/chat}.
 *
 * @param model the model that answered
 * @param answer the text of the answer
 * @param usage the tokens the call used, or null when the API did not say
 */
public record ChatAnswer(String model, String answer, Usage usage) {

  /**
   * Tokens used by one call.
   *
   * @param promptTokens tokens in the prompt
   * @param completionTokens tokens generated
   * @param totalTokens both together
   */
  public record Usage(Integer promptTokens, Integer completionTokens, Integer totalTokens) {

    /** Copies the counts the API reported, or returns null when it reported none. */
    static Usage from(UsageInfo usage) {
      return usage == null
          ? null
          : new Usage(usage.promptTokens(), usage.completionTokens(), usage.totalTokens());
    }
  }
}
