package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A Weights and Biases integration enabled for a fine-tuning job, as the API describes it.
 *
 * <p>The specification names it {@code WandbIntegrationOut}.
 *
 * @param type the integration type, {@code wandb}; absent when the API did not send it
 * @param project the project the run is created under
 * @param name the run's display name; absent when none was set
 * @param runName the run name; absent when none was set
 * @param url the run's URL; absent until the run exists
 */
public record WandbIntegrationInfo(
    @Nullable String type,
    String project,
    @Nullable String name,
    @JsonProperty("run_name") @Nullable String runName,
    @Nullable String url) {}
