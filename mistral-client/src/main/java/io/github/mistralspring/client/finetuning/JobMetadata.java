package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Estimates for a fine-tuning job: duration, cost and tokens.
 *
 * <p>The specification names it {@code JobMetadataOut}. Each estimate is absent when the API could
 * not make it.
 *
 * @param expectedDurationSeconds the expected duration, in seconds
 * @param cost the expected cost
 * @param costCurrency the currency of the cost
 * @param trainTokensPerStep the tokens one step consumes
 * @param trainTokens the tokens the whole job consumes
 * @param dataTokens the tokens in the training data
 * @param estimatedStartTime when the job is expected to start, in seconds since the epoch
 */
public record JobMetadata(
    @JsonProperty("expected_duration_seconds") @Nullable Long expectedDurationSeconds,
    @Nullable Double cost,
    @JsonProperty("cost_currency") @Nullable String costCurrency,
    @JsonProperty("train_tokens_per_step") @Nullable Long trainTokensPerStep,
    @JsonProperty("train_tokens") @Nullable Long trainTokens,
    @JsonProperty("data_tokens") @Nullable Long dataTokens,
    @JsonProperty("estimated_start_time") @Nullable Long estimatedStartTime) {}
