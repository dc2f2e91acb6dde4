package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model's reasoning, returned by reasoning models before the answer ({@code type: thinking}).
 *
 * @param thinking the reasoning, as text (and reference) chunks; empty when the API sent none
 * @param closed whether the reasoning is complete; absent when the API did not say
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ThinkChunk(List<ContentChunk> thinking, @Nullable Boolean closed)
    implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "thinking";

  /**
   * Keeps the chunks read-only; absent chunks read as none.
   *
   * @param thinking the reasoning's chunks; null reads as none
   * @param closed whether the reasoning is complete; null when unknown
   */
  public ThinkChunk {
    thinking = ReadOnly.withoutNulls(thinking);
  }

  /**
   * Creates a thinking chunk holding the given text.
   *
   * @param text the reasoning's text
   * @return a thinking chunk with one text chunk, not marked closed
   */
  public static ThinkChunk of(String text) {
    return new ThinkChunk(List.of(new TextChunk(text)), null);
  }

  /**
   * Returns the text of the reasoning: its text chunks joined.
   *
   * @return the joined text; empty when there is none
   */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (ContentChunk chunk : thinking) {
      if (chunk instanceof TextChunk textChunk && textChunk.text() != null) {
        text.append(textChunk.text());
      }
    }
    return text.toString();
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
