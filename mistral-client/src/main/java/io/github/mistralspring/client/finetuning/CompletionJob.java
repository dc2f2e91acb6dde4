package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;

/**
 * A fine-tuning job that trains a completion model ({@code job_type: completion}; spec {@code
 * CompletionJobOut} and {@code CompletionDetailedJobOut}).
 *
 * @param id the job's id
 * @param autoStart whether the job starts once validated
 * @param model the model fine-tuned
 * @param status the job's status
 * @param createdAt when the job was created, in seconds since the epoch
 * @param modifiedAt when the job last changed, in seconds since the epoch
 * @param trainingFiles the ids of the training files
 * @param validationFiles the ids of the validation files
 * @param object the object kind, {@code job}
 * @param fineTunedModel the fine-tuned model's name once the job has succeeded
 * @param suffix the suffix of the fine-tuned model's name
 * @param integrations the integrations enabled
 * @param trainedTokens the number of tokens trained on
 * @param metadata estimates of duration, cost and tokens
 * @param hyperparameters the training parameters
 * @param repositories the repositories trained on
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
    String object,
    @JsonProperty("fine_tuned_model") String fineTunedModel,
    String suffix,
    List<WandbIntegrationInfo> integrations,
    @JsonProperty("trained_tokens") Long trainedTokens,
    JobMetadata metadata,
    CompletionTrainingParameters hyperparameters,
    List<GithubRepositoryInfo> repositories,
    List<JobEvent> events,
    List<Checkpoint> checkpoints)
    implements FineTuningJob {

  /** The wire value of this job's type. */
  public static final String JOB_TYPE = "completion";

  /** Absent lists read as empty. */
  public CompletionJob {
    trainingFiles = trainingFiles == null ? List.of() : List.copyOf(trainingFiles);
    validationFiles = validationFiles == null ? List.of() : List.copyOf(validationFiles);
    integrations = integrations == null ? List.of() : List.copyOf(integrations);
    repositories = repositories == null ? List.of() : List.copyOf(repositories);
    events = events == null ? List.of() : List.copyOf(events);
    checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
  }

  @Override
  @JsonProperty("job_type")
  public String jobType() {
    return JOB_TYPE;
  }
}
