package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.ToolCall;
import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What a stream adds to a message in one {@link CompletionChunk}.
 *
 * @param role the author's role, usually only on the first chunk
 * @param content the new content: a piece of text, or chunks such as thinking
 * @param toolCalls new tool calls, or further pieces of their arguments
 */
@JsonDeserialize(using = CompletionChunkDeserializer.Delta.class)
public record DeltaMessage(
    String role, MessageContent content, @JsonProperty("tool_calls") List<ToolCall> toolCalls) {}
