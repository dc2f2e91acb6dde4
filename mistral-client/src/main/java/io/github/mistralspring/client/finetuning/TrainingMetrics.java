package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The metrics of a fine-tuning job at a checkpoint.
 *
 * <p>The specification names it {@code MetricOut}.
 *
 * @param trainLoss the training loss; absent when not reported
 * @param validLoss the validation loss; absent without validation files
 * @param validMeanTokenAccuracy the mean token accuracy on the validation data; absent without
 *     validation files
 */
public record TrainingMetrics(
    @JsonProperty("train_loss") @Nullable Double trainLoss,
    @JsonProperty("valid_loss") @Nullable Double validLoss,
    @JsonProperty("valid_mean_token_accuracy") @Nullable Double validMeanTokenAccuracy) {}
