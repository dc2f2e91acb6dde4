package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.jobs.JobStatus;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fine-tuning job whose type this client does not know yet; it keeps the id, status and every
 * other property, so that waiting for it still works.
 *
 * @param id the job's id
 * @param jobType the job type as received, or null when there was none
 * @param status the job's status
 * @param fineTunedModel the fine-tuned model's name once the job has succeeded
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownJob(
    String id,
    @JsonProperty("job_type") String jobType,
    JobStatus status,
    @JsonProperty("fine_tuned_model") String fineTunedModel,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> properties)
    implements FineTuningJob {

  /** Copies the properties. */
  public UnknownJob {
    properties =
        properties == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** None: the client cannot read this job type's events. */
  @Override
  public List<JobEvent> events() {
    return List.of();
  }

  /** None: the client cannot read this job type's checkpoints. */
  @Override
  public List<Checkpoint> checkpoints() {
    return List.of();
  }
}
