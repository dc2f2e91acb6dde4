package io.github.mistralspring.client.finetuning;

/**
 * What creating a fine-tuning job answers: the created {@link FineTuningJob}, or, for a dry run,
 * the {@link FineTuningJobEstimate} estimates.
 */
public sealed interface FineTuningJobCreateResult permits FineTuningJob, FineTuningJobEstimate {}
