package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Message content given as a plain string.
 *
 * @param text the string, written to JSON as is
 */
public record TextContent(@JsonValue String text) implements MessageContent {

  /**
   * Checks that the text is present.
   *
   * @param text the string, not null
   */
  public TextContent {
    Objects.requireNonNull(text, "text");
  }

  @Override
  public List<ContentChunk> chunks() {
    return List.of(new TextChunk(text));
  }
}
