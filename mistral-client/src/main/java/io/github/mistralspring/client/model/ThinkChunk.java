package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * The model's reasoning, returned by reasoning models before the answer ({@code type: thinking}).
 *
 * @param thinking the reasoning, as text (and reference) chunks
 * @param closed whether the reasoning is complete
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ThinkChunk(List<ContentChunk> thinking, Boolean closed) implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "thinking";

  /** Creates a thinking chunk holding the given text. */
  public static ThinkChunk of(String text) {
    return new ThinkChunk(List.of(new TextChunk(text)), null);
  }

  /** Returns the text of the reasoning: its text chunks joined. */
  public String text() {
    StringBuilder text = new StringBuilder();
    if (thinking != null) {
      for (ContentChunk chunk : thinking) {
        if (chunk instanceof TextChunk textChunk && textChunk.text() != null) {
          text.append(textChunk.text());
        }
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
