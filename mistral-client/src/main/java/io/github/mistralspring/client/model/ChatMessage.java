package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One message of a conversation sent to, or returned by, the chat API, told apart by its {@code
 * role}.
 *
 * <p>A role the client does not know yet reads as an {@link UnknownMessage} that keeps every
 * property and writes them back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "role",
    visible = true,
    defaultImpl = UnknownMessage.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = SystemMessage.class, name = SystemMessage.ROLE),
  @JsonSubTypes.Type(value = UserMessage.class, name = UserMessage.ROLE),
  @JsonSubTypes.Type(value = AssistantMessage.class, name = AssistantMessage.ROLE),
  @JsonSubTypes.Type(value = ToolMessage.class, name = ToolMessage.ROLE)
})
public sealed interface ChatMessage
    permits SystemMessage, UserMessage, AssistantMessage, ToolMessage, UnknownMessage {

  /**
   * The role of the author of this message, as sent on the wire.
   *
   * @return the role, such as {@code user} or {@code assistant}
   */
  String role();
}
