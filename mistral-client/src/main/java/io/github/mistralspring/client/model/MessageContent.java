package io.github.mistralspring.client.model;

import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code content} of a message: either a plain string or a list of chunks, written back in the
 * form it was read or built in.
 */
@JsonDeserialize(using = MessageContentDeserializer.class)
public sealed interface MessageContent permits TextContent, ChunkListContent {

  /** Returns the text of this content: the string, or the text chunks joined, thinking excluded. */
  String text();

  /** Returns this content as chunks: a string becomes a single text chunk. */
  List<ContentChunk> chunks();

  /** Returns the thinking text of all thinking chunks joined, or an empty string if none. */
  default String thinking() {
    StringBuilder thinking = new StringBuilder();
    for (ContentChunk chunk : chunks()) {
      if (chunk instanceof ThinkChunk think) {
        thinking.append(think.text());
      }
    }
    return thinking.toString();
  }

  /** Returns true when this content is a plain string. */
  default boolean isString() {
    return this instanceof TextContent;
  }

  /** Creates string content. */
  static MessageContent of(String text) {
    return new TextContent(text);
  }

  /** Creates chunk-list content. */
  static MessageContent of(List<? extends ContentChunk> chunks) {
    return new ChunkListContent(List.copyOf(chunks));
  }

  /** Creates chunk-list content from the given chunks. */
  static MessageContent of(ContentChunk... chunks) {
    return new ChunkListContent(List.of(chunks));
  }
}
