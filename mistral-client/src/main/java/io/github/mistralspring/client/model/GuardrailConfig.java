package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * A moderation guardrail applied to a request.
 *
 * @param blockOnError whether to block the request when the guardrail itself fails
 * @param moderationLlmV1 the settings of the {@code moderation_llm_v1} guardrail, as JSON
 * @param moderationLlmV2 the settings of the {@code moderation_llm_v2} guardrail, as JSON
 */
public record GuardrailConfig(
    @JsonProperty("block_on_error") Boolean blockOnError,
    @JsonProperty("moderation_llm_v1") Map<String, Object> moderationLlmV1,
    @JsonProperty("moderation_llm_v2") Map<String, Object> moderationLlmV2) {}
