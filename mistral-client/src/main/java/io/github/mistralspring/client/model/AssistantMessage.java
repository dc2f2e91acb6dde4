package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A message written by the model ({@code role: assistant}), either returned in a response or sent
 * back as conversation history.
 *
 * @param content the text, or a list of chunks (a reasoning model puts its thinking first); may be
 *     null when the message only calls tools
 * @param toolCalls the tools the model asks to call, if any
 * @param prefix when true, the model must continue this message instead of starting a new one
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "role", allowGetters = true)
@JsonPropertyOrder({"role", "content", "tool_calls", "prefix"})
public record AssistantMessage(
    MessageContent content, @JsonProperty("tool_calls") List<ToolCall> toolCalls, Boolean prefix)
    implements ChatMessage {

  /** The wire value of this message's role. */
  public static final String ROLE = "assistant";

  /** Creates an assistant message with plain text content. */
  public static AssistantMessage of(String text) {
    return new AssistantMessage(MessageContent.of(text), null, null);
  }

  /** Creates an assistant message that calls the given tools. */
  public static AssistantMessage ofToolCalls(List<ToolCall> toolCalls) {
    return new AssistantMessage(null, toolCalls, null);
  }

  /** Creates a prefix message: the model continues from this text. */
  public static AssistantMessage prefix(String text) {
    return new AssistantMessage(MessageContent.of(text), null, true);
  }

  /** Returns the text of this message without thinking, or null when there is no content. */
  public String text() {
    return content == null ? null : content.text();
  }

  /** Returns true when the model asked to call at least one tool. */
  public boolean hasToolCalls() {
    return toolCalls != null && !toolCalls.isEmpty();
  }

  @Override
  @JsonProperty("role")
  public String role() {
    return ROLE;
  }
}
