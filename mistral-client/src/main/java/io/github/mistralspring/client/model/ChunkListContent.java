package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Message content given as a list of chunks (text, images, documents, thinking and so on).
 *
 * @param chunks the chunks, written to JSON as an array, in order
 */
public record ChunkListContent(@JsonValue List<ContentChunk> chunks) implements MessageContent {

  /**
   * Checks that the list is present and keeps it read-only.
   *
   * @param chunks the chunks, in order; kept read-only
   */
  public ChunkListContent {
    Objects.requireNonNull(chunks, "chunks");
    chunks = Collections.unmodifiableList(chunks);
  }

  @Override
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ContentChunk chunk : chunks) {
      if (chunk instanceof TextChunk textChunk && textChunk.text() != null) {
        text.append(textChunk.text());
      }
    }
    return text.toString();
  }
}
