package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A moderation guardrail applied to a request.
 *
 * @param blockOnError whether to block the request when the guardrail itself fails; absent for the
 *     API's default
 * @param moderationLlmV1 the settings of the {@code moderation_llm_v1} guardrail, as JSON
 * @param moderationLlmV2 the settings of the {@code moderation_llm_v2} guardrail, as JSON
 */
public record GuardrailConfig(
    @JsonProperty("block_on_error") @Nullable Boolean blockOnError,
    @JsonProperty("moderation_llm_v1") @Nullable Map<String, Object> moderationLlmV1,
    @JsonProperty("moderation_llm_v2") @Nullable Map<String, Object> moderationLlmV2) {}
