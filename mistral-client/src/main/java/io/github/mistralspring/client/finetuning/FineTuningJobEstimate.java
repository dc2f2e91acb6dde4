package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a dry run of a fine-tuning job answers: estimates instead of a job ({@code object:
 * job.metadata}).
 *
 * <p>The specification names it {@code LegacyJobMetadataOut}.
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
    @JsonProperty("expected_duration_seconds") Long expectedDurationSeconds,
    Double cost,
    @JsonProperty("cost_currency") String costCurrency,
    @JsonProperty("train_tokens_per_step") Long trainTokensPerStep,
    @JsonProperty("train_tokens") Long trainTokens,
    @JsonProperty("data_tokens") Long dataTokens,
    @JsonProperty("estimated_start_time") Long estimatedStartTime,
    Boolean deprecated,
    String details,
    Double epochs,
    @JsonProperty("training_steps") Integer trainingSteps,
    String object)
    implements FineTuningJobCreateResult {

  /** The wire value of {@code object} for this answer. */
  public static final String OBJECT = "job.metadata";
}
