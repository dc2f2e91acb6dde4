package io.github.mistralspring.client.finetuning;

/**
 * The hyperparameters of a fine-tuning job: {@link CompletionTrainingParameters} for a completion
 * model, {@link ClassifierTrainingParameters} for a classifier.
 */
public sealed interface TrainingParameters
    permits CompletionTrainingParameters, ClassifierTrainingParameters {

  /** The number of training steps, or null when the job sets epochs instead. */
  Integer trainingSteps();

  /** The learning rate. */
  Double learningRate();
}
