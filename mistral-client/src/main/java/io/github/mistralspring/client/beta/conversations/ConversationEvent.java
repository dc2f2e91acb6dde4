package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One event of a streamed conversation response, told apart by its {@code type}.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownEvent}. A {@code
 * conversation.response.error} event never reaches the subscriber: it fails the stream with a
 * {@link ConversationStreamException}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownEvent.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = ResponseStartedEvent.class, name = ResponseStartedEvent.TYPE),
  @JsonSubTypes.Type(value = ResponseDoneEvent.class, name = ResponseDoneEvent.TYPE),
  @JsonSubTypes.Type(value = ResponseErrorEvent.class, name = ResponseErrorEvent.TYPE),
  @JsonSubTypes.Type(value = MessageOutputEvent.class, name = MessageOutputEvent.TYPE),
  @JsonSubTypes.Type(
      value = ToolExecutionStartedEvent.class,
      name = ToolExecutionStartedEvent.TYPE),
  @JsonSubTypes.Type(value = ToolExecutionDeltaEvent.class, name = ToolExecutionDeltaEvent.TYPE),
  @JsonSubTypes.Type(value = ToolExecutionDoneEvent.class, name = ToolExecutionDoneEvent.TYPE),
  @JsonSubTypes.Type(value = FunctionCallEvent.class, name = FunctionCallEvent.TYPE),
  @JsonSubTypes.Type(value = AgentHandoffStartedEvent.class, name = AgentHandoffStartedEvent.TYPE),
  @JsonSubTypes.Type(value = AgentHandoffDoneEvent.class, name = AgentHandoffDoneEvent.TYPE)
})
public sealed interface ConversationEvent
    permits ResponseStartedEvent,
        ResponseDoneEvent,
        ResponseErrorEvent,
        MessageOutputEvent,
        ToolExecutionStartedEvent,
        ToolExecutionDeltaEvent,
        ToolExecutionDoneEvent,
        FunctionCallEvent,
        AgentHandoffStartedEvent,
        AgentHandoffDoneEvent,
        UnknownEvent {

  /**
   * The event's type, as sent on the wire.
   *
   * @return the type, such as {@code message.output.delta}
   */
  String type();
}
