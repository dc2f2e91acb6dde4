package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.ToolCall;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a stream adds to a message in one {@link CompletionChunk}.
 *
 * @param role the author's role, usually only on the first chunk; absent on the others
 * @param content the new content: a piece of text, or chunks such as thinking; absent when the
 *     chunk adds none
 * @param toolCalls new tool calls, or further pieces of their arguments; empty when the chunk adds
 *     none
 */
@JsonDeserialize(using = CompletionChunkDeserializer.Delta.class)
public record DeltaMessage(
    @Nullable String role,
    @Nullable MessageContent content,
    @JsonProperty("tool_calls") List<ToolCall> toolCalls) {

  /**
   * Keeps the tool calls read-only; absent tool calls read as none.
   *
   * @param role the author's role; absent on all but the first chunk
   * @param content the new content; absent when the chunk adds none
   * @param toolCalls new tool calls or pieces of their arguments; absent reads as none
   */
  public DeltaMessage {
    // Absent entries (a null in the array) are dropped, as they carry nothing.
    toolCalls = ReadOnly.withoutNulls(toolCalls);
  }
}
