package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A piece of text ({@code type: text}).
 *
 * @param text the text
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record TextChunk(String text) implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "text";

  /**
   * Creates a text chunk.
   *
   * @param text the text
   * @return a text chunk
   */
  public static TextChunk of(String text) {
    return new TextChunk(text);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
