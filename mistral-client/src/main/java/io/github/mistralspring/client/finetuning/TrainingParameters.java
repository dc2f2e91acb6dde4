package io.github.mistralspring.client.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * The hyperparameters of a fine-tuning job: {@link CompletionTrainingParameters} for a completion
 * model, {@link ClassifierTrainingParameters} for a classifier.
 */
public sealed interface TrainingParameters
    permits CompletionTrainingParameters, ClassifierTrainingParameters {

  /**
   * The number of training steps.
   *
   * @return the steps; absent when the job sets epochs instead, or leaves it to the API
   */
  @Nullable Integer trainingSteps();

  /**
   * The learning rate.
   *
   * @return how much the weights move at each step; absent for the API's default (1e-4)
   */
  @Nullable Double learningRate();
}
