package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.catalog.ClassifierTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to create a fine-tuning job; build one with {@link #builder()}. A null value is left
 * out of the JSON, so the API's default applies.
 *
 * <p>The specification names it {@code JobIn}.
 */
@JsonDeserialize(as = FineTuningJobRequestValue.class)
public sealed interface FineTuningJobRequest permits FineTuningJobRequestValue {

  /**
   * The model to fine-tune, such as {@code open-mistral-7b}.
   *
   * @return the model to fine-tune, such as {@code open-mistral-7b}
   */
  String model();

  /**
   * The uploaded training files and their weights.
   *
   * @return the uploaded training files and their weights
   */
  @Nullable List<TrainingFile> trainingFiles();

  /**
   * The ids of uploaded validation files.
   *
   * @return the ids of uploaded validation files
   */
  @Nullable List<String> validationFiles();

  /**
   * A suffix for the fine-tuned model's name (at most 18 characters).
   *
   * @return a suffix for the fine-tuned model's name (at most 18 characters)
   */
  @Nullable String suffix();

  /**
   * The integrations to enable.
   *
   * @return the integrations to enable
   */
  @Nullable List<WandbIntegration> integrations();

  /**
   * Whether the job starts by itself once validated.
   *
   * @return whether the job starts by itself once validated
   */
  @Nullable Boolean autoStart();

  /**
   * The share of invalid samples to skip rather than fail on.
   *
   * @return the share of invalid samples to skip rather than fail on
   */
  @Nullable Double invalidSampleSkipPercentage();

  /**
   * The kind of model to train; the API infers it when null.
   *
   * @return the kind of model to train; the API infers it when null
   */
  @Nullable FineTuneableModelType jobType();

  /**
   * The training parameters.
   *
   * @return the training parameters
   */
  TrainingParameters hyperparameters();

  /**
   * The repositories to train on.
   *
   * @return the repositories to train on
   */
  @Nullable List<GithubRepository> repositories();

  /**
   * The targets a classifier learns.
   *
   * @return the targets a classifier learns
   */
  @Nullable List<ClassifierTarget> classifierTargets();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model();
    if (trainingFiles() != null) {
      builder.trainingFiles.addAll(trainingFiles());
    }
    builder.validationFiles = validationFiles() == null ? null : new ArrayList<>(validationFiles());
    builder.suffix = suffix();
    builder.integrations = integrations() == null ? null : new ArrayList<>(integrations());
    builder.autoStart = autoStart();
    builder.invalidSampleSkipPercentage = invalidSampleSkipPercentage();
    builder.jobType = jobType();
    builder.hyperparameters = hyperparameters();
    builder.repositories = repositories() == null ? null : new ArrayList<>(repositories());
    builder.classifierTargets =
        classifierTargets() == null ? null : new ArrayList<>(classifierTargets());
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link FineTuningJobRequest}; not thread-safe. */
  final class Builder {

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

    Builder() {}

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

    /**
     * Sets the share of invalid samples (0 to 0.5) to skip rather than fail on, from a primitive
     * value: {@code invalidSampleSkipPercentage(1)} needs no cast.
     */
    public Builder invalidSampleSkipPercentage(double share) {
      return invalidSampleSkipPercentage(Double.valueOf(share));
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
      return new FineTuningJobRequestValue(
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
