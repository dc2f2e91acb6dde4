package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message that sets the behaviour of the model ({@code role: system}).
 *
 * @param content the instructions, as a string or a list of text and thinking chunks
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "role", allowGetters = true)
@JsonPropertyOrder({"role", "content"})
public record SystemMessage(MessageContent content) implements ChatMessage {

  /** The wire value of this message's role. */
  public static final String ROLE = "system";

  /**
   * Creates a system message with plain text content.
   *
   * @param text the instructions
   * @return a system message with that text
   */
  public static SystemMessage of(String text) {
    return new SystemMessage(MessageContent.of(text));
  }

  @Override
  @JsonProperty("role")
  public String role() {
    return ROLE;
  }
}
