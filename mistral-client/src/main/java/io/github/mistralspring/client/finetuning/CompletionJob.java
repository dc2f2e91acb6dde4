package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuning job that trains a completion model ({@code job_type: completion}; spec {@code
 * CompletionJobOut} and {@code CompletionDetailedJobOut}). What it shares with a {@link
 * ClassifierJob} is read through {@link KnownJob}.
 *
 * @param id the job's id
 * @param autoStart whether the job starts once validated
 * @param model the model fine-tuned
 * @param status the job's status
 * @param createdAt when the job was created, in seconds since the epoch
 * @param modifiedAt when the job last changed, in seconds since the epoch
 * @param trainingFiles the ids of the training files
 * @param validationFiles the ids of the validation files; empty when none
 * @param object the object kind, {@code job}; absent when the API did not send it
 * @param fineTunedModel the fine-tuned model's name; absent until the job has succeeded
 * @param suffix the suffix of the fine-tuned model's name; absent when none was asked for
 * @param integrations the integrations enabled; empty when none
 * @param trainedTokens the number of tokens trained on; absent until known
 * @param metadata estimates of duration, cost and tokens; absent when the API gave none
 * @param hyperparameters the training parameters
 * @param repositories the repositories trained on; empty when none
 * @param events what happened to the job so far; empty in listings
 * @param checkpoints the job's checkpoints; empty in listings
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "job_type", allowGetters = true)
public record CompletionJob(
    String id,
    @JsonProperty("auto_start") Boolean autoStart,
    String model,
    JobStatus status,
    @JsonProperty("created_at") Long createdAt,
    @JsonProperty("modified_at") Long modifiedAt,
    @JsonProperty("training_files") List<String> trainingFiles,
    @JsonProperty("validation_files") List<String> validationFiles,
    @Nullable String object,
    @JsonProperty("fine_tuned_model") @Nullable String fineTunedModel,
    @Nullable String suffix,
    List<WandbIntegrationInfo> integrations,
    @JsonProperty("trained_tokens") @Nullable Long trainedTokens,
    @Nullable JobMetadata metadata,
    CompletionTrainingParameters hyperparameters,
    List<GithubRepositoryInfo> repositories,
    List<JobEvent> events,
    List<Checkpoint> checkpoints)
    implements KnownJob {

  /** The wire value of this job's type. */
  public static final String JOB_TYPE = "completion";

  /**
   * Absent lists read as empty.
   *
   * @param id the job's id
   * @param autoStart whether the job starts once validated
   * @param model the model fine-tuned
   * @param status the job's status
   * @param createdAt when the job was created, in seconds since the epoch
   * @param modifiedAt when the job last changed, in seconds since the epoch
   * @param trainingFiles the ids of the training files
   * @param validationFiles the ids of the validation files; empty when none
   * @param object the object kind, {@code job}; absent when the API did not send it
   * @param fineTunedModel the fine-tuned model's name; absent until the job has succeeded
   * @param suffix the suffix of the fine-tuned model's name; absent when none was asked for
   * @param integrations the integrations enabled; empty when none
   * @param trainedTokens the number of tokens trained on; absent until known
   * @param metadata estimates of duration, cost and tokens; absent when the API gave none
   * @param hyperparameters the training parameters
   * @param repositories the repositories trained on; empty when none
   * @param events what happened to the job so far; empty in listings
   * @param checkpoints the job's checkpoints; empty in listings
   */
  public CompletionJob {
    trainingFiles = ReadOnly.withoutNulls(trainingFiles);
    validationFiles = ReadOnly.withoutNulls(validationFiles);
    integrations = ReadOnly.withoutNulls(integrations);
    repositories = ReadOnly.withoutNulls(repositories);
    events = ReadOnly.withoutNulls(events);
    checkpoints = ReadOnly.withoutNulls(checkpoints);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #JOB_TYPE}, always
   */
  @Override
  @JsonProperty("job_type")
  public String jobType() {
    return JOB_TYPE;
  }
}
