package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A message written by the user ({@code role: user}).
 *
 * @param content the text, or a list of chunks such as text, images, documents or audio
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "role", allowGetters = true)
@JsonPropertyOrder({"role", "content"})
public record UserMessage(MessageContent content) implements ChatMessage {

  /** The wire value of this message's role. */
  public static final String ROLE = "user";

  /**
   * Creates a user message with plain text content.
   *
   * @param text the user's text
   * @return a user message with that text
   */
  public static UserMessage of(String text) {
    return new UserMessage(MessageContent.of(text));
  }

  /**
   * Creates a user message made of the given chunks.
   *
   * @param chunks the chunks, such as text and images, in order
   * @return a user message with chunk-list content
   */
  public static UserMessage of(ContentChunk... chunks) {
    return new UserMessage(MessageContent.of(List.of(chunks)));
  }

  @Override
  @JsonProperty("role")
  public String role() {
    return ROLE;
  }
}
