package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What a fine-tuned model can do, as the fine-tuning API reports it.
 *
 * <p>The specification names it {@code FTModelCapabilitiesOut}.
 *
 * <p>Each flag is absent when the API did not report it.
 *
 * @param completionChat whether it serves chat completions
 * @param completionFim whether it serves fill-in-the-middle completions
 * @param functionCalling whether it can call functions
 * @param fineTuning whether it can be fine-tuned further
 * @param classification whether it serves classifications
 */
public record FineTunedModelCapabilities(
    @JsonProperty("completion_chat") @Nullable Boolean completionChat,
    @JsonProperty("completion_fim") @Nullable Boolean completionFim,
    @JsonProperty("function_calling") @Nullable Boolean functionCalling,
    @JsonProperty("fine_tuning") @Nullable Boolean fineTuning,
    @Nullable Boolean classification) {}
