package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A Weights and Biases integration to enable for a fine-tuning job.
 *
 * @param type the integration type, always {@code wandb}
 * @param project the project the run is created under
 * @param name the run's display name, or null for the job id
 * @param apiKey the Weights and Biases API key (40 characters)
 * @param runName the run name
 */
public record WandbIntegration(
    String type,
    String project,
    String name,
    @JsonProperty("api_key") String apiKey,
    @JsonProperty("run_name") String runName) {

  /** Sets the type to {@code wandb}; checks that the project and key are present. */
  public WandbIntegration {
    type = type == null ? "wandb" : type;
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  /** An integration with a project and key. */
  public static WandbIntegration of(String project, String apiKey) {
    return new WandbIntegration(null, project, null, apiKey, null);
  }

  /** Leaves the key out, so that it is never logged. */
  @Override
  public String toString() {
    return "WandbIntegration[project=" + project + ", name=" + name + ", runName=" + runName + "]";
  }
}
