package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

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
    @JsonProperty("training_steps") Integer trainingSteps,
    @JsonProperty("learning_rate") Double learningRate,
    @JsonProperty("weight_decay") Double weightDecay,
    @JsonProperty("warmup_fraction") Double warmupFraction,
    Double epochs,
    @JsonProperty("seq_len") Integer seqLen,
    @JsonProperty("fim_ratio") Double fimRatio)
    implements TrainingParameters {

  /** Training for a number of steps at a learning rate; every other value is the API's default. */
  public static CompletionTrainingParameters of(int trainingSteps, double learningRate) {
    return new CompletionTrainingParameters(
        trainingSteps, learningRate, null, null, null, null, null);
  }
}
