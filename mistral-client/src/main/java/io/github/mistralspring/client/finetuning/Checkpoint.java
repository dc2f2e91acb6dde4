package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A checkpoint of a fine-tuning job and its metrics.
 *
 * <p>The specification names it {@code CheckpointOut}.
 *
 * @param metrics the metrics at this checkpoint
 * @param stepNumber the step the checkpoint was taken at
 * @param createdAt when it was taken, in seconds since the epoch
 */
public record Checkpoint(
    TrainingMetrics metrics,
    @JsonProperty("step_number") Integer stepNumber,
    @JsonProperty("created_at") Long createdAt) {}
