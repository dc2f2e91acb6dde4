package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Weights and Biases integration to enable for a fine-tuning job.
 *
 * @param type the integration type, always {@code wandb}; null reads as {@code wandb}
 * @param project the project the run is created under
 * @param name the run's display name; null for the job id
 * @param apiKey the Weights and Biases API key (40 characters)
 * @param runName the run name; null for the API's default
 */
public record WandbIntegration(
    @Nullable String type,
    String project,
    @Nullable String name,
    @JsonProperty("api_key") String apiKey,
    @JsonProperty("run_name") @Nullable String runName) {

  /**
   * Sets the type to {@code wandb}; checks that the project and key are present.
   *
   * @param type the integration type, always {@code wandb}; null reads as {@code wandb}
   * @param project the project the run is created under
   * @param name the run's display name; null for the job id
   * @param apiKey the Weights and Biases API key (40 characters)
   * @param runName the run name; null for the API's default
   */
  public WandbIntegration {
    type = type == null ? "wandb" : type;
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(apiKey, "apiKey");
  }

  /**
   * An integration with a project and key.
   *
   * @param project the project the run is created under
   * @param apiKey the Weights and Biases API key (40 characters); never logged
   * @return the integration, with the run's name and display name left to the API
   */
  public static WandbIntegration of(String project, String apiKey) {
    return new WandbIntegration(null, project, null, apiKey, null);
  }

  /** Leaves the key out, so that it is never logged. */
  @Override
  public String toString() {
    return "WandbIntegration[project=" + project + ", name=" + name + ", runName=" + runName + "]";
  }
}
