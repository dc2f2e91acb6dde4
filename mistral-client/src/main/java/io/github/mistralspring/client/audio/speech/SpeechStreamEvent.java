package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One event of streamed speech (spec {@code SpeechStreamEvents}), told apart by its {@code type}:
 * pieces of audio in order, then {@code speech.audio.done} with the usage.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownSpeechEvent}; an error the
 * server reports inside the stream fails it with a {@link
 * io.github.mistralspring.client.error.MistralStreamException}, as does a stream that ends without
 * its done event (its audio would be cut short).
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownSpeechEvent.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = SpeechAudioDeltaEvent.class, name = SpeechAudioDeltaEvent.TYPE),
  @JsonSubTypes.Type(value = SpeechDoneEvent.class, name = SpeechDoneEvent.TYPE)
})
public sealed interface SpeechStreamEvent
    permits SpeechAudioDeltaEvent, SpeechDoneEvent, UnknownSpeechEvent {

  /**
   * The event's type, as sent.
   *
   * @return the type, such as {@code speech.audio.delta}; absent when the event had none
   */
  @Nullable String type();
}
