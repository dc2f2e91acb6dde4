package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.catalog.ClassifierTarget;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link FineTuningJobRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record FineTuningJobRequestValue(
    String model,
    @JsonProperty("training_files") @Nullable List<TrainingFile> trainingFiles,
    @JsonProperty("validation_files") @Nullable List<String> validationFiles,
    @Nullable String suffix,
    @Nullable List<WandbIntegration> integrations,
    @JsonProperty("auto_start") @Nullable Boolean autoStart,
    @JsonProperty("invalid_sample_skip_percentage") @Nullable Double invalidSampleSkipPercentage,
    @JsonProperty("job_type") @Nullable FineTuneableModelType jobType,
    TrainingParameters hyperparameters,
    @Nullable List<GithubRepository> repositories,
    @JsonProperty("classifier_targets") @Nullable List<ClassifierTarget> classifierTargets,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements FineTuningJobRequest {

  /** Keeps the lists and the extra body read-only; absent training files become empty. */
  FineTuningJobRequestValue {
    trainingFiles = trainingFiles == null ? List.of() : List.copyOf(trainingFiles);
    validationFiles = validationFiles == null ? null : List.copyOf(validationFiles);
    integrations = integrations == null ? null : List.copyOf(integrations);
    repositories = repositories == null ? null : List.copyOf(repositories);
    classifierTargets = classifierTargets == null ? null : List.copyOf(classifierTargets);
    extraBody = ReadOnly.map(extraBody);
  }
}
