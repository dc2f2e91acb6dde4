package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuning job whose type this client does not know yet; it keeps the id, status and every
 * other property, so that waiting for it still works.
 *
 * @param id the job's id
 * @param jobType the job type as received; absent when there was none
 * @param status the job's status
 * @param fineTunedModel the fine-tuned model's name; absent until the job has succeeded
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownJob(
    String id,
    @JsonProperty("job_type") @Nullable String jobType,
    JobStatus status,
    @JsonProperty("fine_tuned_model") @Nullable String fineTunedModel,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
    implements FineTuningJob {

  /**
   * Copies the properties.
   *
   * @param id the job's id
   * @param jobType the job type as received; absent when there was none
   * @param status the job's status
   * @param fineTunedModel the fine-tuned model's name; absent until the job has succeeded
   * @param properties every other property, by JSON name
   */
  public UnknownJob {
    properties = ReadOnly.map(properties);
  }

  /**
   * None: the client cannot read this job type's events.
   *
   * @return an empty list; the raw events, if any, are in {@link #properties()}
   */
  @Override
  public List<JobEvent> events() {
    return List.of();
  }

  /**
   * None: the client cannot read this job type's checkpoints.
   *
   * @return an empty list; the raw checkpoints, if any, are in {@link #properties()}
   */
  @Override
  public List<Checkpoint> checkpoints() {
    return List.of();
  }
}
