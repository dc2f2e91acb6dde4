package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The result of a tool call, sent back to the model ({@code role: tool}).
 *
 * @param content the tool's output, as text or chunks
 * @param toolCallId the id of the {@link ToolCall} this message answers
 * @param name the name of the function that was called; absent when not given
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "role", allowGetters = true)
@JsonPropertyOrder({"role", "content", "tool_call_id", "name"})
public record ToolMessage(
    MessageContent content, @JsonProperty("tool_call_id") String toolCallId, @Nullable String name)
    implements ChatMessage {

  /** The wire value of this message's role. */
  public static final String ROLE = "tool";

  /**
   * Creates a tool result message with plain text content.
   *
   * @param toolCallId the id of the {@link ToolCall} this message answers
   * @param name the name of the function that was called; null when not known
   * @param content the tool's output
   * @return a tool message with that text
   */
  public static ToolMessage of(String toolCallId, @Nullable String name, String content) {
    return new ToolMessage(MessageContent.of(content), toolCallId, name);
  }

  @Override
  @JsonProperty("role")
  public String role() {
    return ROLE;
  }
}
