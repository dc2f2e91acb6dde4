package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The hyperparameters of a completion fine-tuning job, as sent and as described (spec {@code
 * CompletionTrainingParametersIn} and {@code CompletionTrainingParameters}). A null value is left
 * out, so the API's default applies.
 *
 * @param trainingSteps the number of training steps
 * @param learningRate how much the weights move at each step (default 1e-4)
 * @param weightDecay the weight decay (default 0.1)
 * @param warmupFraction the fraction of steps over which the learning rate warms up (default 0.05)
 * @param epochs the number of passes over the training data
 * @param seqLen the sequence length
 * @param fimRatio the ratio of fill-in-the-middle samples (default 0.9)
 */
public record CompletionTrainingParameters(
    @JsonProperty("training_steps") @Nullable Integer trainingSteps,
    @JsonProperty("learning_rate") @Nullable Double learningRate,
    @JsonProperty("weight_decay") @Nullable Double weightDecay,
    @JsonProperty("warmup_fraction") @Nullable Double warmupFraction,
    @Nullable Double epochs,
    @JsonProperty("seq_len") @Nullable Integer seqLen,
    @JsonProperty("fim_ratio") @Nullable Double fimRatio)
    implements TrainingParameters {

  /**
   * Training for a number of steps at a learning rate; every other value is the API's default.
   *
   * @param trainingSteps the number of training steps
   * @param learningRate how much the weights move at each step, such as {@code 1e-4}
   * @return the parameters, with only those two set
   */
  public static CompletionTrainingParameters of(int trainingSteps, double learningRate) {
    return new CompletionTrainingParameters(
        trainingSteps, learningRate, null, null, null, null, null);
  }
}
