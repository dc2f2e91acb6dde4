package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a fine-tuned model can do, as the fine-tuning API reports it.
 *
 * <p>The specification names it {@code FTModelCapabilitiesOut}.
 *
 * @param completionChat whether it serves chat completions
 * @param completionFim whether it serves fill-in-the-middle completions
 * @param functionCalling whether it can call functions
 * @param fineTuning whether it can be fine-tuned further
 * @param classification whether it serves classifications
 */
public record FineTunedModelCapabilities(
    @JsonProperty("completion_chat") Boolean completionChat,
    @JsonProperty("completion_fim") Boolean completionFim,
    @JsonProperty("function_calling") Boolean functionCalling,
    @JsonProperty("fine_tuning") Boolean fineTuning,
    Boolean classification) {}
