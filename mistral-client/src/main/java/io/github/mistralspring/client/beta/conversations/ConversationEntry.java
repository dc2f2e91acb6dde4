package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a conversation — a message, a function call or result, a built-in tool execution or
 * an agent hand-off — told apart by its {@code type}.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownEntry} that keeps every property
 * and writes them back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownEntry.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = MessageInputEntry.class, name = MessageInputEntry.TYPE),
  @JsonSubTypes.Type(value = MessageOutputEntry.class, name = MessageOutputEntry.TYPE),
  @JsonSubTypes.Type(value = FunctionCallEntry.class, name = FunctionCallEntry.TYPE),
  @JsonSubTypes.Type(value = FunctionResultEntry.class, name = FunctionResultEntry.TYPE),
  @JsonSubTypes.Type(value = ToolExecutionEntry.class, name = ToolExecutionEntry.TYPE),
  @JsonSubTypes.Type(value = AgentHandoffEntry.class, name = AgentHandoffEntry.TYPE)
})
public sealed interface ConversationEntry
    permits MessageInputEntry,
        MessageOutputEntry,
        FunctionCallEntry,
        FunctionResultEntry,
        ToolExecutionEntry,
        AgentHandoffEntry,
        UnknownEntry {

  /**
   * The entry's type, as sent on the wire ({@code message.input}, {@code function.call}, …).
   *
   * @return the type, such as {@code message.output}
   */
  String type();

  /**
   * The entry's id; absent for an entry not yet stored (such as an input being sent).
   *
   * @return the entry's id; absent for an entry not yet stored
   */
  @Nullable String id();
}
