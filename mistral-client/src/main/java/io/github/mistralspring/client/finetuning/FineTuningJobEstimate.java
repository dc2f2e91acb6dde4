package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What a dry run of a fine-tuning job answers: estimates instead of a job ({@code object:
 * job.metadata}).
 *
 * <p>The specification names it {@code LegacyJobMetadataOut}. Every value but {@code details} is
 * absent when the API did not give it.
 *
 * @param expectedDurationSeconds the expected duration, in seconds
 * @param cost the expected cost
 * @param costCurrency the currency of the cost
 * @param trainTokensPerStep the tokens one step consumes
 * @param trainTokens the tokens the whole job consumes
 * @param dataTokens the tokens in the training data
 * @param estimatedStartTime when the job is expected to start, in seconds since the epoch
 * @param deprecated whether this answer's form is deprecated
 * @param details details in words
 * @param epochs the number of passes over the training data
 * @param trainingSteps the number of training steps
 * @param object the object kind, {@code job.metadata}
 */
public record FineTuningJobEstimate(
    @JsonProperty("expected_duration_seconds") @Nullable Long expectedDurationSeconds,
    @Nullable Double cost,
    @JsonProperty("cost_currency") @Nullable String costCurrency,
    @JsonProperty("train_tokens_per_step") @Nullable Long trainTokensPerStep,
    @JsonProperty("train_tokens") @Nullable Long trainTokens,
    @JsonProperty("data_tokens") @Nullable Long dataTokens,
    @JsonProperty("estimated_start_time") @Nullable Long estimatedStartTime,
    @Nullable Boolean deprecated,
    String details,
    @Nullable Double epochs,
    @JsonProperty("training_steps") @Nullable Integer trainingSteps,
    @Nullable String object)
    implements FineTuningJobCreateResult {

  /** The wire value of {@code object} for this answer. */
  public static final String OBJECT = "job.metadata";
}
