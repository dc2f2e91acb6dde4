package io.github.mistralspring.client.audio.transcriptions;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * One event of a streamed transcription (spec {@code TranscriptionStreamEvents}), told apart by its
 * {@code type}: the language, pieces of text as they are transcribed, timestamped segments, and the
 * closing {@code transcription.done}, which carries the whole transcription and its usage.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownTranscriptionEvent}; an error
 * the server reports inside the stream fails it with a {@link
 * io.github.mistralspring.client.error.MistralStreamException}, as does a stream that ends without
 * its done event. {@link TranscriptionAccumulator} folds the events into the {@link
 * TranscriptionResponse} the same request returns unstreamed.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownTranscriptionEvent.class)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = TranscriptionLanguageEvent.class,
      name = TranscriptionLanguageEvent.TYPE),
  @JsonSubTypes.Type(
      value = TranscriptionTextDeltaEvent.class,
      name = TranscriptionTextDeltaEvent.TYPE),
  @JsonSubTypes.Type(
      value = TranscriptionSegmentEvent.class,
      name = TranscriptionSegmentEvent.TYPE),
  @JsonSubTypes.Type(value = TranscriptionDoneEvent.class, name = TranscriptionDoneEvent.TYPE)
})
public sealed interface TranscriptionStreamEvent
    permits TranscriptionLanguageEvent,
        TranscriptionTextDeltaEvent,
        TranscriptionSegmentEvent,
        TranscriptionDoneEvent,
        UnknownTranscriptionEvent {

  /**
   * The event's type, as sent.
   *
   * @return the type, such as {@code transcription.text.delta}; absent when the event had none
   */
  @Nullable String type();
}
