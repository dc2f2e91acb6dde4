package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Weights and Biases integration enabled for a fine-tuning job, as the API describes it.
 *
 * <p>The specification names it {@code WandbIntegrationOut}.
 *
 * @param type the integration type, {@code wandb}
 * @param project the project the run is created under
 * @param name the run's display name
 * @param runName the run name
 * @param url the run's URL
 */
public record WandbIntegrationInfo(
    String type,
    String project,
    String name,
    @JsonProperty("run_name") String runName,
    String url) {}
