package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many tokens a request used, as reported by the API.
 *
 * @param promptTokens tokens in the prompt
 * @param completionTokens tokens generated
 * @param totalTokens prompt and completion tokens together
 * @param promptAudioSeconds seconds of audio in the prompt, as the API sends it: usually a number,
 *     though the API has been seen to send an empty object
 * @param numCachedTokens prompt tokens served from the cache (older field)
 * @param promptTokensDetails details of the prompt tokens, such as cached tokens
 * @param promptTokenDetails the same details under the alternative name the API also uses
 */
public record UsageInfo(
    @JsonProperty("prompt_tokens") Integer promptTokens,
    @JsonProperty("completion_tokens") Integer completionTokens,
    @JsonProperty("total_tokens") Integer totalTokens,
    @JsonProperty("prompt_audio_seconds") Object promptAudioSeconds,
    @JsonProperty("num_cached_tokens") Integer numCachedTokens,
    @JsonProperty("prompt_tokens_details") PromptTokensDetails promptTokensDetails,
    @JsonProperty("prompt_token_details") PromptTokensDetails promptTokenDetails) {

  /** Creates usage with only the three token counts. */
  public static UsageInfo of(int promptTokens, int completionTokens, int totalTokens) {
    return new UsageInfo(promptTokens, completionTokens, totalTokens, null, null, null, null);
  }

  /**
   * Returns the seconds of audio in the prompt (a transcription's input, an audio chunk of a chat),
   * or null when the API sent none or sent them as anything but a number.
   */
  public Double audioSeconds() {
    return promptAudioSeconds instanceof Number seconds ? seconds.doubleValue() : null;
  }

  /** Returns the cached prompt tokens from whichever field the API sent, or null if none. */
  public Integer cachedTokens() {
    if (promptTokensDetails != null && promptTokensDetails.cachedTokens() != null) {
      return promptTokensDetails.cachedTokens();
    }
    if (promptTokenDetails != null && promptTokenDetails.cachedTokens() != null) {
      return promptTokenDetails.cachedTokens();
    }
    return numCachedTokens;
  }
}
