package io.github.mistralspring.client.model;

import java.util.List;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The {@code content} of a message: either a plain string or a list of chunks, written back in the
 * form it was read or built in.
 */
@JsonDeserialize(using = MessageContentDeserializer.class)
public sealed interface MessageContent permits TextContent, ChunkListContent {

  /**
   * Returns the text of this content: the string, or the text chunks joined, thinking excluded.
   *
   * @return the text; empty when there is none
   */
  String text();

  /**
   * Returns this content as chunks: a string becomes a single text chunk.
   *
   * @return the chunks, in order; never null
   */
  List<ContentChunk> chunks();

  /**
   * Returns the thinking text of all thinking chunks joined, or an empty string if none.
   *
   * @return the joined thinking; empty when there is none
   */
  default String thinking() {
    StringBuilder thinking = new StringBuilder();
    for (ContentChunk chunk : chunks()) {
      if (chunk instanceof ThinkChunk think) {
        thinking.append(think.text());
      }
    }
    return thinking.toString();
  }

  /**
   * Returns true when this content is a plain string.
   *
   * @return true for string content, false for a list of chunks
   */
  default boolean isString() {
    return this instanceof TextContent;
  }

  /**
   * Creates string content.
   *
   * @param text the string
   * @return content written to JSON as a string
   */
  static MessageContent of(String text) {
    return new TextContent(text);
  }

  /**
   * Creates chunk-list content.
   *
   * @param chunks the chunks, in order; copied
   * @return content written to JSON as an array
   */
  static MessageContent of(List<? extends ContentChunk> chunks) {
    return new ChunkListContent(List.copyOf(chunks));
  }

  /**
   * Creates chunk-list content from the given chunks.
   *
   * @param chunks the chunks, in order
   * @return content written to JSON as an array
   */
  static MessageContent of(ContentChunk... chunks) {
    return new ChunkListContent(List.of(chunks));
  }
}
