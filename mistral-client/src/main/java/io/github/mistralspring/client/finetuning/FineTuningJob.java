package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuning job, told apart by its {@code job_type}: a completion job or a classifier job.
 *
 * <p>The same types serve the list, create, retrieve, start and cancel answers; only retrieve,
 * start and cancel fill in {@link #events()} and {@link #checkpoints()}. What both known types
 * report (model, training files, hyperparameters, …) is read through {@link KnownJob}; a job type
 * the client does not know yet reads as an {@link UnknownJob}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "job_type",
    visible = true,
    defaultImpl = UnknownJob.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = CompletionJob.class, name = CompletionJob.JOB_TYPE),
  @JsonSubTypes.Type(value = ClassifierJob.class, name = ClassifierJob.JOB_TYPE)
})
public sealed interface FineTuningJob extends FineTuningJobCreateResult
    permits KnownJob, UnknownJob {

  /**
   * The job's id.
   *
   * @return the id that retrieve, start, cancel and awaitCompletion take
   */
  String id();

  /**
   * The job's type, as sent on the wire ({@code completion}, {@code classifier}, …).
   *
   * @return the type; for an {@link UnknownJob}, as received (absent when it had none)
   */
  @Nullable String jobType();

  /**
   * The job's status.
   *
   * @return the status, terminal once {@link JobStatus#isTerminal()} says so
   */
  JobStatus status();

  /**
   * The fine-tuned model's name once the job has succeeded.
   *
   * @return the model's name, to use as {@code model} in requests; absent until the job succeeded
   */
  @Nullable String fineTunedModel();

  /**
   * What happened to the job so far, oldest first; empty in listings.
   *
   * @return the job's events; never null
   */
  List<JobEvent> events();

  /**
   * The job's checkpoints; empty in listings.
   *
   * @return the checkpoints with their metrics; never null
   */
  List<Checkpoint> checkpoints();
}
