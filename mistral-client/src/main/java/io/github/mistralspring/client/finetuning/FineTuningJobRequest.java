package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.catalog.ClassifierTarget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to create a fine-tuning job; build one with {@link #builder()}. A null value is left
 * out of the JSON, so the API's default applies.
 *
 * <p>The specification names it {@code JobIn}.
 *
 * @param model the model to fine-tune, such as {@code open-mistral-7b}
 * @param trainingFiles the uploaded training files and their weights
 * @param validationFiles the ids of uploaded validation files
 * @param suffix a suffix for the fine-tuned model's name (at most 18 characters)
 * @param integrations the integrations to enable
 * @param autoStart whether the job starts by itself once validated
 * @param invalidSampleSkipPercentage the share of invalid samples to skip rather than fail on
 * @param jobType the kind of model to train; the API infers it when null
 * @param hyperparameters the training parameters
 * @param repositories the repositories to train on
 * @param classifierTargets the targets a classifier learns
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record FineTuningJobRequest(
    String model,
    @JsonProperty("training_files") List<TrainingFile> trainingFiles,
    @JsonProperty("validation_files") List<String> validationFiles,
    String suffix,
    List<WandbIntegration> integrations,
    @JsonProperty("auto_start") Boolean autoStart,
    @JsonProperty("invalid_sample_skip_percentage") Double invalidSampleSkipPercentage,
    @JsonProperty("job_type") FineTuneableModelType jobType,
    TrainingParameters hyperparameters,
    List<GithubRepository> repositories,
    @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets,
    @JsonAnyGetter Map<String, Object> extraBody) {

  /** Checks the required values and copies the lists. */
  public FineTuningJobRequest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(hyperparameters, "hyperparameters");
    trainingFiles = trainingFiles == null ? List.of() : List.copyOf(trainingFiles);
    validationFiles = validationFiles == null ? null : List.copyOf(validationFiles);
    integrations = integrations == null ? null : List.copyOf(integrations);
    repositories = repositories == null ? null : List.copyOf(repositories);
    classifierTargets = classifierTargets == null ? null : List.copyOf(classifierTargets);
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FineTuningJobRequest}; not thread-safe. */
  public static final class Builder {

    private String model;
    private final List<TrainingFile> trainingFiles = new ArrayList<>();
    private List<String> validationFiles;
    private String suffix;
    private List<WandbIntegration> integrations;
    private Boolean autoStart;
    private Double invalidSampleSkipPercentage;
    private FineTuneableModelType jobType;
    private TrainingParameters hyperparameters;
    private List<GithubRepository> repositories;
    private List<ClassifierTarget> classifierTargets;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the model to fine-tune; required. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Adds an uploaded training file with the default weight. */
    public Builder addTrainingFile(String fileId) {
      trainingFiles.add(TrainingFile.of(fileId));
      return this;
    }

    /** Adds an uploaded training file with a weight. */
    public Builder addTrainingFile(String fileId, double weight) {
      trainingFiles.add(new TrainingFile(fileId, weight));
      return this;
    }

    /** Sets the ids of the uploaded validation files. */
    public Builder validationFiles(List<String> fileIds) {
      this.validationFiles = fileIds;
      return this;
    }

    /** Sets the suffix of the fine-tuned model's name. */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      return this;
    }

    /** Sets the integrations to enable. */
    public Builder integrations(List<WandbIntegration> integrations) {
      this.integrations = integrations;
      return this;
    }

    /** Sets whether the job starts by itself once validated. */
    public Builder autoStart(Boolean autoStart) {
      this.autoStart = autoStart;
      return this;
    }

    /** Sets the share of invalid samples (0 to 0.5) to skip rather than fail on. */
    public Builder invalidSampleSkipPercentage(Double share) {
      this.invalidSampleSkipPercentage = share;
      return this;
    }

    /** Sets the kind of model to train. */
    public Builder jobType(FineTuneableModelType jobType) {
      this.jobType = jobType;
      return this;
    }

    /** Sets the training parameters; required. */
    public Builder hyperparameters(TrainingParameters hyperparameters) {
      this.hyperparameters = hyperparameters;
      return this;
    }

    /** Sets the repositories to train on. */
    public Builder repositories(List<GithubRepository> repositories) {
      this.repositories = repositories;
      return this;
    }

    /** Sets the targets a classifier learns. */
    public Builder classifierTargets(List<ClassifierTarget> classifierTargets) {
      this.classifierTargets = classifierTargets;
      return this;
    }

    /** Adds a body property this client does not model. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(name, value);
      return this;
    }

    /** Builds the request. */
    public FineTuningJobRequest build() {
      return new FineTuningJobRequest(
          model,
          trainingFiles,
          validationFiles,
          suffix,
          integrations,
          autoStart,
          invalidSampleSkipPercentage,
          jobType,
          hyperparameters,
          repositories,
          classifierTargets,
          extraBody);
    }
  }
}
