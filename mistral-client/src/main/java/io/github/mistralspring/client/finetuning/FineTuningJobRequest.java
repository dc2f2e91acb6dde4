package io.github.mistralspring.client.finetuning;

import io.github.mistralspring.client.catalog.ClassifierTarget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no model, no training file and no training parameters
   */
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

    private @Nullable String model;
    private final List<TrainingFile> trainingFiles = new ArrayList<>();
    private @Nullable List<String> validationFiles;
    private @Nullable String suffix;
    private @Nullable List<WandbIntegration> integrations;
    private @Nullable Boolean autoStart;
    private @Nullable Double invalidSampleSkipPercentage;
    private @Nullable FineTuneableModelType jobType;
    private @Nullable TrainingParameters hyperparameters;
    private @Nullable List<GithubRepository> repositories;
    private @Nullable List<ClassifierTarget> classifierTargets;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets the model to fine-tune; required.
     *
     * @param model a fine-tuneable base model, such as {@code open-mistral-7b} or {@code
     *     ministral-8b-latest}; null clears it
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Adds an uploaded training file, weighing as much as every other file added without a weight.
     *
     * @param fileId the id of a file uploaded with purpose {@code fine-tune} ({@code
     *     StoredFile.id()})
     * @return this builder
     * @throws NullPointerException when the id is null
     */
    public Builder addTrainingFile(String fileId) {
      trainingFiles.add(TrainingFile.of(fileId));
      return this;
    }

    /**
     * Adds an uploaded training file with its weight in the mix.
     *
     * @param fileId the id of a file uploaded with purpose {@code fine-tune} ({@code
     *     StoredFile.id()})
     * @param weight the file's weight relative to the others, above 0; a file added without one
     *     weighs 1.0
     * @return this builder
     * @throws NullPointerException when the id is null
     */
    public Builder addTrainingFile(String fileId, double weight) {
      trainingFiles.add(new TrainingFile(fileId, weight));
      return this;
    }

    /**
     * Sets the files whose data the job measures the model against as it trains; the measures
     * appear in the job's checkpoints. Keep their data out of the training files.
     *
     * @param fileIds the ids of files uploaded with purpose {@code fine-tune}; null clears them, so
     *     no validation metrics are computed
     * @return this builder
     */
    public Builder validationFiles(@Nullable List<String> fileIds) {
      this.validationFiles = fileIds;
      return this;
    }

    /**
     * Sets the text added to the fine-tuned model's name: {@code my-model} names it {@code
     * ft:open-mistral-7b:my-model:...}.
     *
     * @param suffix the suffix, at most 18 characters; null clears it
     * @return this builder
     */
    public Builder suffix(@Nullable String suffix) {
      this.suffix = suffix;
      return this;
    }

    /**
     * Sets the integrations that receive the job's metrics as it trains.
     *
     * @param integrations the integrations, such as {@code WandbIntegration.of(project, apiKey)};
     *     null clears them
     * @return this builder
     */
    public Builder integrations(@Nullable List<WandbIntegration> integrations) {
      this.integrations = integrations;
      return this;
    }

    /**
     * Sets whether the job starts by itself once its files are validated.
     *
     * @param autoStart true to start it by itself, false to wait for {@code start(jobId)}; null
     *     clears it, so the API's default applies
     * @return this builder
     */
    public Builder autoStart(@Nullable Boolean autoStart) {
      this.autoStart = autoStart;
      return this;
    }

    /**
     * Sets the share of invalid training samples the job skips rather than failing on.
     *
     * @param share the share, from 0 to 0.5 (0.1 skips up to one sample in ten); null clears it, so
     *     the API's default (0: any invalid sample fails the job) applies
     * @return this builder
     */
    public Builder invalidSampleSkipPercentage(@Nullable Double share) {
      this.invalidSampleSkipPercentage = share;
      return this;
    }

    /**
     * Sets the share of invalid training samples the job skips rather than failing on, from a
     * primitive value: {@code invalidSampleSkipPercentage(0)} needs no cast.
     *
     * @param share the share, from 0 to 0.5
     * @return this builder
     */
    public Builder invalidSampleSkipPercentage(double share) {
      return invalidSampleSkipPercentage(Double.valueOf(share));
    }

    /**
     * Sets the kind of model to train.
     *
     * @param jobType {@link FineTuneableModelType#COMPLETION} or {@link
     *     FineTuneableModelType#CLASSIFIER}; null clears it, so the API infers it
     * @return this builder
     */
    public Builder jobType(@Nullable FineTuneableModelType jobType) {
      this.jobType = jobType;
      return this;
    }

    /**
     * Sets the training parameters; required.
     *
     * @param hyperparameters {@link CompletionTrainingParameters} for a completion model, {@link
     *     ClassifierTrainingParameters} for a classifier; null clears them
     * @return this builder
     */
    public Builder hyperparameters(@Nullable TrainingParameters hyperparameters) {
      this.hyperparameters = hyperparameters;
      return this;
    }

    /**
     * Sets the GitHub repositories to train on.
     *
     * @param repositories the repositories; null clears them
     * @return this builder
     */
    public Builder repositories(@Nullable List<GithubRepository> repositories) {
      this.repositories = repositories;
      return this;
    }

    /**
     * Sets the targets a classifier job learns: each a name and the labels it tells apart.
     *
     * @param classifierTargets the targets, such as {@code ClassifierTarget.of("sentiment",
     *     List.of("positive", "negative"))}; null clears them
     * @return this builder
     */
    public Builder classifierTargets(@Nullable List<ClassifierTarget> classifierTargets) {
      this.classifierTargets = classifierTargets;
      return this;
    }

    /**
     * Adds a body property this client does not model yet, written as a top-level field.
     *
     * @param name the property's name as the API spells it
     * @param value the property's value, written as JSON; null is written as JSON null
     * @return this builder
     * @throws NullPointerException when the name is null
     */
    public Builder extraBody(String name, @Nullable Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the model or the training parameters are missing
     */
    public FineTuningJobRequest build() {
      if (model == null) {
        throw new IllegalStateException(
            "FineTuningJobRequest.model is required: set it with"
                + " builder().model(\"open-mistral-7b\")");
      }
      if (hyperparameters == null) {
        throw new IllegalStateException(
            "FineTuningJobRequest.hyperparameters is required: set it with"
                + " hyperparameters(CompletionTrainingParameters.of(10, 1e-4))");
      }
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
