package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message written by the model ({@code role: assistant}), either returned in a response or sent
 * back as conversation history.
 *
 * @param content the text, or a list of chunks (a reasoning model puts its thinking first); absent
 *     when the message only calls tools
 * @param toolCalls the tools the model asks to call; absent when the JSON had no {@code tool_calls}
 *     (kept apart from an empty list, so that history is written back as it was read); {@link
 *     #hasToolCalls()} reads both as none
 * @param prefix when true, the model must continue this message instead of starting a new one
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "role", allowGetters = true)
@JsonPropertyOrder({"role", "content", "tool_calls", "prefix"})
public record AssistantMessage(
    @Nullable MessageContent content,
    @JsonProperty("tool_calls") @Nullable List<ToolCall> toolCalls,
    @Nullable Boolean prefix)
    implements ChatMessage {

  /** The wire value of this message's role. */
  public static final String ROLE = "assistant";

  /**
   * Creates an assistant message with plain text content.
   *
   * @param text the message's text
   * @return an assistant message with that text and no tool calls
   */
  public static AssistantMessage of(String text) {
    return new AssistantMessage(MessageContent.of(text), null, null);
  }

  /**
   * Creates an assistant message that calls the given tools.
   *
   * @param toolCalls the calls the model asked for, as history
   * @return an assistant message with no content that calls those tools
   */
  public static AssistantMessage ofToolCalls(List<ToolCall> toolCalls) {
    return new AssistantMessage(null, toolCalls, null);
  }

  /**
   * Creates a prefix message: the model continues from this text.
   *
   * @param text the start of the answer the model must continue
   * @return a prefix message with that text
   */
  public static AssistantMessage prefix(String text) {
    return new AssistantMessage(MessageContent.of(text), null, true);
  }

  /**
   * Returns the text of this message without thinking.
   *
   * @return the text; absent when the message has no content (it only calls tools)
   */
  public @Nullable String text() {
    return content == null ? null : content.text();
  }

  /**
   * Returns true when the model asked to call at least one tool.
   *
   * @return true when {@link #toolCalls()} is not empty
   */
  public boolean hasToolCalls() {
    return toolCalls != null && !toolCalls.isEmpty();
  }

  @Override
  @JsonProperty("role")
  public String role() {
    return ROLE;
  }
}
