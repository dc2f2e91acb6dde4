package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How many tokens a request used, as reported by the API.
 *
 * @param promptTokens tokens in the prompt; absent when the API did not report them
 * @param completionTokens tokens generated; absent when the API did not report them (an embeddings
 *     answer, for one)
 * @param totalTokens prompt and completion tokens together; absent when the API did not report them
 * @param promptAudioSeconds seconds of audio in the prompt, as the API sends it: usually a number,
 *     though the API has been seen to send an empty object
 * @param numCachedTokens prompt tokens served from the cache (older field); absent when not sent
 * @param promptTokensDetails details of the prompt tokens, such as cached tokens; absent when not
 *     sent
 * @param promptTokenDetails the same details under the alternative name the API also uses; absent
 *     when not sent
 */
public record UsageInfo(
    @JsonProperty("prompt_tokens") @Nullable Integer promptTokens,
    @JsonProperty("completion_tokens") @Nullable Integer completionTokens,
    @JsonProperty("total_tokens") @Nullable Integer totalTokens,
    @JsonProperty("prompt_audio_seconds") @Nullable Object promptAudioSeconds,
    @JsonProperty("num_cached_tokens") @Nullable Integer numCachedTokens,
    @JsonProperty("prompt_tokens_details") @Nullable PromptTokensDetails promptTokensDetails,
    @JsonProperty("prompt_token_details") @Nullable PromptTokensDetails promptTokenDetails) {

  /**
   * Creates usage with only the three token counts.
   *
   * @param promptTokens tokens in the prompt
   * @param completionTokens tokens generated
   * @param totalTokens prompt and completion tokens together
   * @return usage with no audio seconds and no cached tokens
   */
  public static UsageInfo of(int promptTokens, int completionTokens, int totalTokens) {
    return new UsageInfo(promptTokens, completionTokens, totalTokens, null, null, null, null);
  }

  /**
   * Returns the seconds of audio in the prompt (a transcription's input, an audio chunk of a chat).
   *
   * @return the seconds of audio; absent when the API sent none or sent them as anything but a
   *     number
   */
  public @Nullable Double audioSeconds() {
    return promptAudioSeconds instanceof Number seconds ? seconds.doubleValue() : null;
  }

  /**
   * Returns the cached prompt tokens from whichever field the API sent.
   *
   * @return the prompt tokens served from the cache; absent when the API sent no such field
   */
  public @Nullable Integer cachedTokens() {
    if (promptTokensDetails != null && promptTokensDetails.cachedTokens() != null) {
      return promptTokensDetails.cachedTokens();
    }
    if (promptTokenDetails != null && promptTokenDetails.cachedTokens() != null) {
      return promptTokenDetails.cachedTokens();
    }
    return numCachedTokens;
  }
}
