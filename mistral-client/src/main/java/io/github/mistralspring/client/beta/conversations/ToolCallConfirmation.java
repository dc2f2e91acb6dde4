package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The client's answer to a tool call that needs confirmation.
 *
 * @param toolCallId the call confirmed or denied
 * @param confirmation {@code allow} or {@code deny}
 */
public record ToolCallConfirmation(
    @JsonProperty("tool_call_id") String toolCallId, String confirmation) {}
