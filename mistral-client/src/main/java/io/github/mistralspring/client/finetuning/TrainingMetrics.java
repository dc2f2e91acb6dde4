package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The metrics of a fine-tuning job at a checkpoint.
 *
 * <p>The specification names it {@code MetricOut}.
 *
 * @param trainLoss the training loss
 * @param validLoss the validation loss
 * @param validMeanTokenAccuracy the mean token accuracy on the validation data
 */
public record TrainingMetrics(
    @JsonProperty("train_loss") Double trainLoss,
    @JsonProperty("valid_loss") Double validLoss,
    @JsonProperty("valid_mean_token_accuracy") Double validMeanTokenAccuracy) {}
